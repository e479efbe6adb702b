using CaliFlow.BuildingBlocks.Messaging;
using CaliFlow.Modules.Gamification.Contracts;
using CaliFlow.Modules.Platform.Contracts;
using CaliFlow.Modules.Progress.Contracts;

namespace CaliFlow.Modules.Platform.OutboundWebhooks;

/// <summary>
/// workout.completed: a workout was logged (Progress). A batch asks once which of its users have an endpoint. A workout an
/// import brought is history, not a workout just completed: the import's one workouts.imported tells of them all.
/// </summary>
internal sealed class QueueWorkoutCompletedWebhooks(WebhookFanOut fanOut) : IIntegrationEventBatchHandler<WorkoutLoggedIntegrationEvent>
{
    public Task HandleAsync(WorkoutLoggedIntegrationEvent e, CancellationToken cancellationToken) => HandleAsync([e], cancellationToken);

    public async Task HandleAsync(IReadOnlyList<WorkoutLoggedIntegrationEvent> integrationEvents, CancellationToken cancellationToken)
    {
        var completed = integrationEvents.Where(e => !e.Imported).ToList();
        if (completed.Count == 0)
        {
            return;
        }

        var subscribers = await fanOut.SubscribersAsync(completed.Select(e => e.UserId), WebhookEvents.WorkoutCompleted, cancellationToken);
        foreach (var e in completed.Where(e => subscribers.Contains(e.UserId)))
        {
            await fanOut.QueueAsync(e.UserId, WebhookEvents.WorkoutCompleted, new { workoutLogId = e.WorkoutLogId, sessionId = e.SessionId, date = e.Date }, cancellationToken);
        }
    }
}

/// <summary>workouts.imported: an import of past workouts finished (Progress).</summary>
internal sealed class QueueWorkoutsImportedWebhooks(WebhookFanOut fanOut) : IIntegrationEventHandler<WorkoutsImportedIntegrationEvent>
{
    public Task HandleAsync(WorkoutsImportedIntegrationEvent e, CancellationToken cancellationToken) =>
        fanOut.QueueAsync(e.UserId, WebhookEvents.WorkoutsImported, new { importId = e.ImportId, workouts = e.Workouts, from = e.From, to = e.To }, cancellationToken);
}

/// <summary>achievement.unlocked (Gamification). A batch asks once which of its users have an endpoint.</summary>
internal sealed class QueueAchievementUnlockedWebhooks(WebhookFanOut fanOut) : IIntegrationEventBatchHandler<AchievementUnlockedIntegrationEvent>
{
    public Task HandleAsync(AchievementUnlockedIntegrationEvent e, CancellationToken cancellationToken) =>
        fanOut.QueueAsync(e.UserId, WebhookEvents.AchievementUnlocked,
            new { achievementId = e.AchievementId, code = e.Code, name = e.Name, points = e.Points, unlockedAt = e.UnlockedAt }, cancellationToken);

    public async Task HandleAsync(IReadOnlyList<AchievementUnlockedIntegrationEvent> integrationEvents, CancellationToken cancellationToken)
    {
        var subscribers = await fanOut.SubscribersAsync(integrationEvents.Select(e => e.UserId), WebhookEvents.AchievementUnlocked, cancellationToken);
        foreach (var e in integrationEvents.Where(e => subscribers.Contains(e.UserId)))
        {
            await HandleAsync(e, cancellationToken);
        }
    }
}

/// <summary>subscription.changed (billing, this module).</summary>
internal sealed class QueueSubscriptionChangedWebhooks(WebhookFanOut fanOut) : IIntegrationEventHandler<SubscriptionChangedIntegrationEvent>
{
    public Task HandleAsync(SubscriptionChangedIntegrationEvent e, CancellationToken cancellationToken) =>
        fanOut.QueueAsync(e.UserId, WebhookEvents.SubscriptionChanged,
            new { status = e.Status, premium = e.Premium, premiumUntil = e.PremiumUntil }, cancellationToken);
}
