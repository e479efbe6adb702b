namespace CaliFlow.Modules.Platform.OutboundWebhooks;

internal sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    /// <summary>Lets http://localhost and loopback addresses be registered: development and tests only.</summary>
    public bool AllowInsecureLocalhost { get; set; }

    public int MaxAttempts { get; set; } = 8;

    /// <summary>The first retry's delay; each next one doubles.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>One attempt, connecting included, from the request to the response's headers; then it is a <c>timeout</c>.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long a claim on an endpoint holds without news from its sender; renewed by every recorded attempt. Longer than
    /// <see cref="Timeout"/>, so only a crashed (or stalled) sender loses it, and its delivery is then sent again.
    /// </summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Pending deliveries an endpoint may have; an event beyond that is not queued for it, and counted as dropped.</summary>
    public int MaxPendingPerEndpoint { get; set; } = 1000;

    /// <summary>An endpoint whose every attempt failed for this long is disabled until its owner enables it again.</summary>
    public TimeSpan DisableAfterFailingFor { get; set; } = TimeSpan.FromDays(1);

    public int MaxEndpointsPerUser { get; set; } = 10;
}
