using CaliFlow.BuildingBlocks.Caching;
using CaliFlow.BuildingBlocks;
using CaliFlow.Modules.Progress.Domain;
using CaliFlow.Modules.Users.Contracts;
using Mediator;
using Microsoft.Extensions.Caching.Hybrid;

namespace CaliFlow.Modules.Progress.Features.GetStats;

/// <summary>
/// Read from the user's running totals (<see cref="TrainingStats"/>), so the cost does not grow with the history; cached for an
/// hour in Redis, and a new, edited or deleted log removes the entry after it commits.
/// </summary>
internal sealed class GetStatsHandler(StatsLedger ledger, IUsersQueries users, HybridCache cache, TimeProvider time)
    : IQueryHandler<GetStatsQuery, StatsResponse>
{
    private const int WeeksOfVolume = 12;

    private static readonly HybridCacheEntryOptions OneHour = new()
    {
        Expiration = TimeSpan.FromHours(1),
        Flags = HybridCacheEntryFlags.DisableLocalCache,
    };

    public async ValueTask<StatsResponse> Handle(GetStatsQuery query, CancellationToken cancellationToken) =>
        await cache.GetOrCreateOnRequestAsync(
            ProgressCacheKeys.Stats(query.UserId),
            (handler: this, query.UserId),
            static (state, token) => state.handler.ComputeAsync(state.UserId, token),
            OneHour);

    private async ValueTask<StatsResponse> ComputeAsync(Guid userId, CancellationToken cancellationToken)
    {
        var stats = await ledger.GetAsync(userId, cancellationToken);
        var profile = await users.GetProfileAsync(userId, cancellationToken);
        var today = LocalClock.Today(time, profile?.TimeZone ?? "UTC");

        var firstWeek = TrainingStats.MondayOf(today).AddDays(-7 * (WeeksOfVolume - 1));
        var weekly = Enumerable.Range(0, WeeksOfVolume).Select(w => firstWeek.AddDays(7 * w)).Select(week =>
        {
            var inWeek = stats.Weeks.Where(w => w.WeekStart == week).ToList();
            return new WeeklyVolume(
                week,
                inWeek.ToDictionary(w => w.Pattern, w => w.VolumeKg),
                inWeek.ToDictionary(w => w.Pattern, w => w.Sets));
        }).ToList();

        var records = stats.Bests
            .Select(b => new PersonalRecord(b.ExerciseId, b.BestReps, b.BestHoldSeconds, b.BestLoadKg, b.LastImprovedOn))
            .OrderBy(r => r.ExerciseId)
            .ToList();

        return new StatsResponse(
            stats.Workouts, stats.Minutes, stats.Reps, stats.HoldSeconds, stats.CurrentStreak(today), stats.LongestStreak, weekly, records);
    }
}
