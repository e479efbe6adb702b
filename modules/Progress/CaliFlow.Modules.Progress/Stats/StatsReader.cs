using CaliFlow.BuildingBlocks;
using CaliFlow.BuildingBlocks.Caching;
using CaliFlow.Modules.Progress.Domain;
using CaliFlow.Modules.Users.Contracts;
using Microsoft.Extensions.Caching.Hybrid;

namespace CaliFlow.Modules.Progress.Stats;

/// <summary>
/// A user's stats as <c>GET /stats</c> shows them, and the weekly volume chart draws them, so the two never disagree. Read from
/// the user's running totals (<see cref="TrainingStats"/>), so the cost does not grow with the history; cached for an hour in
/// Redis, and a new, edited or deleted log removes the entry after it commits.
/// </summary>
internal sealed class StatsReader(StatsLedger ledger, IUsersQueries users, HybridCache cache, TimeProvider time)
{
    private const int WeeksOfVolume = 12;

    private static readonly HybridCacheEntryOptions OneHour = new()
    {
        Expiration = TimeSpan.FromHours(1),
        Flags = HybridCacheEntryFlags.DisableLocalCache,
    };

    public async ValueTask<StatsResponse> GetAsync(Guid userId) =>
        await cache.GetOrCreateOnRequestAsync(
            ProgressCacheKeys.Stats(userId),
            (reader: this, userId),
            static (state, token) => state.reader.ComputeAsync(state.userId, token),
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
