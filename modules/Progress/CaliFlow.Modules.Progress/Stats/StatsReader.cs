using CaliFlow.BuildingBlocks;
using CaliFlow.BuildingBlocks.Caching;
using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Progress.Domain;
using CaliFlow.Modules.Users.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace CaliFlow.Modules.Progress.Stats;

/// <summary>
/// A user's stats as <c>GET /stats</c> shows them, and the weekly volume chart draws them, so the two never disagree. Read from
/// the user's running totals (<see cref="TrainingStats"/>), so the cost does not grow with the history; cached for an hour in
/// Redis as the response's bytes (a hit is one GET, sent as stored), and a new, edited or deleted log removes the entry after it
/// commits. The ledger and the Users queries are taken only on a miss.
/// </summary>
internal sealed class StatsReader(IServiceProvider services, RedisBytes cache, TimeProvider time)
{
    private const int WeeksOfVolume = 12;

    private static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    public async ValueTask<StatsResponse> GetAsync(Guid userId, CancellationToken cancellationToken) =>
        (await GetEncodedAsync(userId, cancellationToken)).Decode<StatsResponse>();

    /// <summary>The response's bytes as <c>GET /stats</c> sends them.</summary>
    public async ValueTask<EncodedJson> GetEncodedAsync(Guid userId, CancellationToken cancellationToken)
    {
        var key = ProgressCacheKeys.Stats(userId);
        if (await cache.GetAsync(key) is { } hit)
        {
            return new EncodedJson(hit);
        }

        var stamp = await cache.StampAsync(key);
        var computed = EncodedJson.Encode(await ComputeAsync(userId, cancellationToken));
        await cache.SetAsync(key, stamp, computed.Utf8.ToArray(), Lifetime);
        return computed;
    }

    private async ValueTask<StatsResponse> ComputeAsync(Guid userId, CancellationToken cancellationToken)
    {
        var stats = await services.GetRequiredService<StatsLedger>().GetAsync(userId, cancellationToken);
        var profile = await services.GetRequiredService<IUsersQueries>().GetProfileAsync(userId, cancellationToken);
        var today = LocalClock.Today(time, profile?.TimeZone ?? "UTC");

        var firstWeek = TrainingStats.MondayOf(today).AddDays(-7 * (WeeksOfVolume - 1));
        var weekly = Enumerable.Range(0, WeeksOfVolume).Select(w => firstWeek.AddDays(7 * w)).Select(week =>
        {
            var inWeek = stats.Weeks.Where(w => w.WeekStart == week).ToList();
            var sessions = stats.Sessions.FirstOrDefault(s => s.WeekStart == week);
            return new WeeklyVolume(
                week,
                inWeek.ToDictionary(w => w.Pattern, w => w.VolumeKg),
                inWeek.ToDictionary(w => w.Pattern, w => w.Sets),
                sessions?.Workouts ?? 0,
                sessions?.OtherActivities ?? 0);
        }).ToList();

        var records = stats.Bests
            .Select(b => new PersonalRecord(b.ExerciseId, b.BestReps, b.BestHoldSeconds, b.BestLoadKg, b.LastImprovedOn))
            .OrderBy(r => r.ExerciseId)
            .ToList();

        return new StatsResponse(
            stats.Workouts, stats.Minutes, stats.Reps, stats.HoldSeconds, stats.CurrentStreak(today), stats.LongestStreak, weekly, records);
    }
}
