using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Gamification.AchievementProgress;
using CaliFlow.Modules.Gamification.Achievements;
using Mediator;

namespace CaliFlow.Modules.Gamification.Features.GetMyAchievements;

/// <summary>One snapshot: a delivery changes streaks, counters and achievements in one transaction, so the answer never shows a
/// streak reached without the achievement it unlocked, or the other way round.</summary>
internal sealed record GetMyAchievementsQuery(Guid UserId) : IQuery<Result<MyAchievementsResponse>>, IReadsOneSnapshot;

/// <param name="RecentlyUnlocked">Unlocked in the last 7 days, newest first.</param>
/// <param name="InProgress">Started but not unlocked, closest to done first.</param>
internal sealed record MyAchievementsResponse(
    long TotalPoints,
    LevelInfo Level,
    StreaksResponse Streaks,
    List<AchievementResponse> RecentlyUnlocked,
    List<AchievementResponse> Unlocked,
    List<AchievementResponse> InProgress);

/// <summary>Streaks as of the caller's local today (their profile's time zone).</summary>
/// <param name="CurrentTrainingWeeks">Weeks in a row with the planned number of workouts; the current week is still open.</param>
/// <param name="FreezeTokens">Missed weeks the training streak can still bridge.</param>
internal sealed record StreaksResponse(
    DateOnly Today,
    int CurrentDays,
    int BestDays,
    int CurrentTrainingWeeks,
    int BestTrainingWeeks,
    int FreezeTokens,
    int CurrentCheckInWeeks,
    int BestCheckInWeeks);
