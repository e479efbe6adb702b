using CaliFlow.BuildingBlocks.Messaging;
using CaliFlow.Modules.Gamification.AchievementProgress;
using CaliFlow.Modules.Gamification.Domain;
using CaliFlow.Modules.Gamification.Rules;
using CaliFlow.Modules.Gamification.Streaks;
using CaliFlow.Modules.Progress.Contracts;
using CaliFlow.Modules.Users.Contracts;

namespace CaliFlow.Modules.Gamification.IntegrationEventHandlers;

/// <summary>
/// A logged workout counts once per workout log: totals, records and exercises reached, a day for the day streak, and a met
/// week for the training streak once the week holds the planned number of workouts (the profile's training days a week).
/// </summary>
internal sealed class CountWorkoutWhenLogged(ProgressTracker tracker, IUsersQueries users) : IIntegrationEventBatchHandler<WorkoutLoggedIntegrationEvent>
{
    public Task HandleAsync(WorkoutLoggedIntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
        HandleAsync([integrationEvent], cancellationToken);

    /// <summary>A batch's workouts, of any users, with one profile query and one tracker pass.</summary>
    public async Task HandleAsync(IReadOnlyList<WorkoutLoggedIntegrationEvent> integrationEvents, CancellationToken cancellationToken)
    {
        var profiles = await users.GetProfilesAsync([.. integrationEvents.Select(e => e.UserId).Distinct()], cancellationToken);
        await tracker.CountAsync([.. integrationEvents.Select(e => Fact(e, profiles.GetValueOrDefault(e.UserId)))], cancellationToken);
    }

    private static FactToCount Fact(WorkoutLoggedIntegrationEvent workout, UserProfileSnapshot? profile) => new(
        workout.UserId,
        $"workout:{workout.WorkoutLogId}",
        CounterChanges.ForWorkout(workout),
        [new StreakMark(StreakKind.Days, workout.Date)],
        (CounterKeys.WeekOf(workout.Date), WeekTargets.For(profile)),
        Quiet: workout.Imported);
}
