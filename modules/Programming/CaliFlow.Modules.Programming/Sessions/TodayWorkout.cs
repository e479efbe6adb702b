using CaliFlow.BuildingBlocks;
using CaliFlow.BuildingBlocks.Caching;
using CaliFlow.Modules.Programming.Domain;
using CaliFlow.Modules.Programming.Persistence;
using CaliFlow.Modules.Users.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Hybrid;

namespace CaliFlow.Modules.Programming.Sessions;

/// <param name="Date">Today in the user's time zone.</param>
/// <param name="IsToday">False when there is no session today and <paramref name="Session"/> is the next one.</param>
/// <param name="Session">Null when the plan has no session left from today on.</param>
internal sealed record TodayWorkoutResponse(DateOnly Date, string TimeZone, bool IsToday, SessionResponse? Session);

/// <summary>
/// Today's workout, read by <c>GET /workouts/today</c> and by other modules (<see cref="ProgrammingQueries"/>), so both see the
/// same. Cached in Redis until the user's local midnight. Every change to the plan, a session or the profile removes the entry;
/// an entry for another date (a zone change seen late) is recomputed rather than served.
/// </summary>
internal sealed class TodayWorkoutReader(ProgrammingDbContext db, IUsersQueries users, HybridCache cache, TimeProvider time)
{
    // The expiry depends on the user's zone, known only once computed: a miss is stored briefly, then rewritten to last
    // until local midnight.
    private static readonly HybridCacheEntryOptions FirstWrite = new()
    {
        Expiration = TimeSpan.FromMinutes(1),
        Flags = HybridCacheEntryFlags.DisableLocalCache,
    };

    /// <summary>Null when the user has no active plan.</summary>
    public async ValueTask<TodayWorkoutResponse?> GetAsync(Guid userId, CancellationToken cancellationToken)
    {
        var key = ProgrammingCacheKeys.Today(userId);
        var miss = new Miss(this, userId);
        var today = await cache.GetOrCreateOnRequestAsync(key, miss, static (m, token) => m.ComputeAsync(token), FirstWrite);

        if (today is not null && today.Date != LocalClock.Today(time, today.TimeZone))
        {
            today = await miss.ComputeAsync(cancellationToken);
        }

        if (today is not null && miss.Computed)
        {
            await cache.SetAsync(
                key,
                today,
                new HybridCacheEntryOptions { Expiration = LocalClock.UntilMidnight(time, today.TimeZone), Flags = HybridCacheEntryFlags.DisableLocalCache },
                cancellationToken: cancellationToken);
        }

        return today;
    }

    private async ValueTask<TodayWorkoutResponse?> ComputeAsync(Guid userId, CancellationToken cancellationToken)
    {
        var profile = await users.GetProfileAsync(userId, cancellationToken);
        var planId = await db.Plans.Where(p => p.UserId == userId && p.Status == PlanStatus.Active)
            .Select(p => (Guid?)p.Id).SingleOrDefaultAsync(cancellationToken);
        if (profile is null || planId is null)
        {
            return null;
        }

        var today = LocalClock.Today(time, profile.TimeZone);
        // Today's session whatever its state (done today is still today's), else the next one still to do.
        var session = await db.Sessions.AsNoTracking().Include(s => s.Exercises)
            .Where(s => s.PlanId == planId && s.ScheduledDate >= today && s.Status != SessionStatus.Skipped)
            .Where(s => s.ScheduledDate == today || s.Status == SessionStatus.Planned)
            .OrderBy(s => s.ScheduledDate).ThenBy(s => s.Week)
            .FirstOrDefaultAsync(cancellationToken);
        return new TodayWorkoutResponse(
            today, profile.TimeZone, session?.ScheduledDate == today, session is null ? null : SessionResponse.From(session));
    }

    private sealed class Miss(TodayWorkoutReader reader, Guid userId)
    {
        public bool Computed { get; private set; }

        public async ValueTask<TodayWorkoutResponse?> ComputeAsync(CancellationToken cancellationToken)
        {
            Computed = true;
            return await reader.ComputeAsync(userId, cancellationToken);
        }
    }
}
