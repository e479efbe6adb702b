namespace CaliFlow.Modules.Platform.OutboundWebhooks;

internal static class WebhookEvents
{
    public const string WorkoutCompleted = "workout.completed";
    public const string WorkoutsImported = "workouts.imported";
    public const string AchievementUnlocked = "achievement.unlocked";
    public const string SubscriptionChanged = "subscription.changed";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        WorkoutCompleted, WorkoutsImported, AchievementUnlocked, SubscriptionChanged,
    };
}
