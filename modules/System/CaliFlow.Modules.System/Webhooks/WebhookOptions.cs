namespace CaliFlow.Modules.System.Webhooks;

internal sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    /// <summary>Lets http://localhost and loopback addresses be registered: development and tests only.</summary>
    public bool AllowInsecureLocalhost { get; set; }

    public int MaxAttempts { get; set; } = 8;

    /// <summary>The first retry's delay; each next one doubles.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    public int MaxEndpointsPerUser { get; set; } = 10;
}

internal static class WebhookEvents
{
    public const string WorkoutCompleted = "workout.completed";
    public const string AchievementUnlocked = "achievement.unlocked";
    public const string SubscriptionChanged = "subscription.changed";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        WorkoutCompleted, AchievementUnlocked, SubscriptionChanged,
    };
}
