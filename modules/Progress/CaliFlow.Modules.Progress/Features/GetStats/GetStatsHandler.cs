using CaliFlow.BuildingBlocks;
using CaliFlow.Modules.Progress.Domain;
using CaliFlow.Modules.Progress.Persistence;
using CaliFlow.Modules.Users.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Hybrid;

namespace CaliFlow.Modules.Progress.Features.GetStats;

/// <summary>Cached for an hour in Redis; a new, edited or deleted log removes the entry after it commits.</summary>
internal sealed class GetStatsHandler(ProgressDbContext db, IUsersQueries users, HybridCache cache, TimeProvider time)
    : IQueryHandler<GetStatsQuery, StatsResponse>
{
    private const int WeeksOfVolume = 12;

    private static readonly HybridCacheEntryOptions OneHour = new()
    {
        Expiration = TimeSpan.FromHours(1),
        Flags = HybridCacheEntryFlags.DisableLocalCache,
    };

    public async ValueTask<StatsResponse> Handle(GetStatsQuery query, CancellationToken cancellationToken) =>
        await cache.GetOrCreateAsync(
            ProgressCacheKeys.Stats(query.UserId),
            (handler: this, query.UserId),
            static (state, token) => state.handler.ComputeAsync(state.UserId, token),
            OneHour,
            cancellationToken: cancellationToken);

    private async ValueTask<StatsResponse> ComputeAsync(Guid userId, CancellationToken cancellationToken)
    {
        var logs = await db.WorkoutLogs.AsNoTracking().Include(l => l.Exercises).AsSplitQuery()
            .Where(l => l.UserId == userId)
            .ToListAsync(cancellationToken);
        var profile = await users.GetProfileAsync(userId, cancellationToken);
        var today = LocalClock.Today(time, profile?.TimeZone ?? "UTC");
        var days = logs.Select(l => l.PerformedOn).ToList();

        var sets = logs.SelectMany(l => l.Exercises.SelectMany(e => e.Sets.Select(s => (Log: l, Exercise: e, Set: s)))).ToList();
        var firstWeek = MondayOf(today).AddDays(-7 * (WeeksOfVolume - 1));
        var weekly = Enumerable.Range(0, WeeksOfVolume).Select(w => firstWeek.AddDays(7 * w)).Select(week =>
        {
            var inWeek = sets.Where(x => MondayOf(x.Log.PerformedOn) == week).ToList();
            return new WeeklyVolume(
                week,
                inWeek.GroupBy(x => x.Exercise.Pattern).ToDictionary(
                    g => g.Key, g => g.Sum(x => Load.Volume(x.Log.BodyWeightKg, x.Exercise.BodyweightFraction, x.Set) ?? 0m)),
                inWeek.GroupBy(x => x.Exercise.Pattern).ToDictionary(g => g.Key, g => g.Count()));
        }).ToList();

        var records = sets.GroupBy(x => x.Exercise.ExerciseId).Select(g =>
        {
            var best = g.Select(x => (x.Log.PerformedOn, x.Set, Load: Load.Effective(x.Log.BodyWeightKg, x.Exercise.BodyweightFraction, x.Set))).ToList();
            int? bestReps = best.Max(b => b.Set.Reps);
            int? bestHold = best.Max(b => b.Set.HoldSeconds);
            var bestLoad = best.Where(b => (b.Set.Reps ?? b.Set.HoldSeconds) > 0).Max(b => b.Load);
            // The day the most recent of these bests was first reached.
            var improved = new[]
            {
                bestReps is null ? (DateOnly?)null : best.Where(b => b.Set.Reps == bestReps).Min(b => b.PerformedOn),
                bestHold is null ? null : best.Where(b => b.Set.HoldSeconds == bestHold).Min(b => b.PerformedOn),
                bestLoad is null ? null : best.Where(b => b.Load == bestLoad).Min(b => b.PerformedOn),
            }.Max() ?? best.Min(b => b.PerformedOn);
            return new PersonalRecord(g.Key, bestReps, bestHold, bestLoad, improved);
        }).OrderBy(r => r.ExerciseId).ToList();

        return new StatsResponse(
            logs.Count,
            logs.Sum(l => l.DurationMinutes ?? 0),
            sets.Sum(x => x.Set.Reps ?? 0),
            sets.Sum(x => x.Set.HoldSeconds ?? 0),
            Streaks.Current(days, today),
            Streaks.Longest(days),
            weekly,
            records);
    }

    private static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}
