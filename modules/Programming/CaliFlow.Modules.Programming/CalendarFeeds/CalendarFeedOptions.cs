namespace CaliFlow.Modules.Programming.CalendarFeeds;

public sealed class CalendarFeedOptions
{
    public const string Section = "CalendarFeeds";

    /// <summary>
    /// The API's public address, which feed addresses start with (e.g. https://api.califlow.app). Unset, they start with the
    /// address the request reached, which behind a proxy that rewrites the host is not the one calendar apps can reach.
    /// </summary>
    public Uri? PublicBaseUrl { get; set; }
}
