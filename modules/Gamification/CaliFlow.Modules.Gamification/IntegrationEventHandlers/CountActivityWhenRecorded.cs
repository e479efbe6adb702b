using CaliFlow.BuildingBlocks.Messaging;
using CaliFlow.Modules.Gamification.AchievementProgress;
using CaliFlow.Modules.Gamification.Domain;
using CaliFlow.Modules.Gamification.Rules;
using CaliFlow.Modules.Gamification.Streaks;
using CaliFlow.Modules.Progress.Contracts;
using CaliFlow.Modules.Users.Contracts;

namespace CaliFlow.Modules.Gamification.IntegrationEventHandlers;

/// <summary>
/// Another app's session that is no CaliFlow log counts once per activity: an active day for the day streak, and a session of
/// its week toward the training week. It adds to no achievement's metric (workouts, reps): those count what was logged here.
/// </summary>
internal sealed class CountActivityWhenRecorded(ProgressTracker tracker, IUsersQueries users)
    : IIntegrationEventHandler<ExternalActivityRecordedIntegrationEvent>
{
    public async Task HandleAsync(ExternalActivityRecordedIntegrationEvent activity, CancellationToken cancellationToken)
    {
        var profile = await users.GetProfileAsync(activity.UserId, cancellationToken);
        await tracker.CountAsync(
            activity.UserId,
            $"activity:{activity.ActivityId}",
            new CounterChanges().Shift(CounterKeys.OtherActivitiesInWeek(activity.Date), 1),
            [new StreakMark(StreakKind.Days, activity.Date)],
            cancellationToken,
            (CounterKeys.WeekOf(activity.Date), WeekTargets.For(profile)));
    }
}
