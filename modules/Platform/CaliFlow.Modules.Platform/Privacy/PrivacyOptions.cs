namespace CaliFlow.Modules.Platform.Privacy;

internal sealed class PrivacyOptions
{
    public const string Section = "Privacy";

    /// <summary>How long a deleted account's data is kept (for a change of mind or a dispute) before it is purged.</summary>
    public TimeSpan PurgeGracePeriod { get; set; } = TimeSpan.FromDays(30);

    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long one instance holds a purge before another may take it over (a crash releases it this way).</summary>
    public TimeSpan PurgeLease { get; set; } = TimeSpan.FromMinutes(10);
}
