using CaliFlow.BuildingBlocks.Messaging;
using CaliFlow.Modules.Gamification.AchievementProgress;
using CaliFlow.Modules.Gamification.Domain;
using CaliFlow.Modules.Gamification.Rules;
using CaliFlow.Modules.Progress.Contracts;
using CaliFlow.Modules.Users.Contracts;

namespace CaliFlow.Modules.Gamification.IntegrationEventHandlers;

/// <summary>
/// A logged workout counts once per workout log: totals, records and exercises reached, a day for the day streak, and a met
/// week for the training streak once the week holds the planned number of workouts (the profile's training days a week).
/// </summary>
internal sealed class CountWorkoutWhenLogged(ProgressTracker tracker, IUsersQueries users) : IIntegrationEventHandler<WorkoutLoggedIntegrationEvent>
{
    /// <summary>When the profile is gone or says nothing, a week of three workouts is a met week.</summary>
    private const int DefaultWeekTarget = 3;

    public async Task HandleAsync(WorkoutLoggedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var profile = await users.GetProfileAsync(integrationEvent.UserId, cancellationToken);
        var target = profile?.TrainingDaysPerWeek is > 0 and var days ? days : DefaultWeekTarget;
        await tracker.CountAsync(
            integrationEvent.UserId,
            $"workout:{integrationEvent.WorkoutLogId}",
            CounterChanges.ForWorkout(integrationEvent),
            [new StreakMark(StreakKind.Days, integrationEvent.Date)],
            cancellationToken,
            (CounterKeys.WeekOf(integrationEvent.Date), target));
    }
}
