using CaliFlow.BuildingBlocks.Caching;
using CaliFlow.BuildingBlocks;
using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Programming.Domain;
using CaliFlow.Modules.Programming.Features.GetSession;
using CaliFlow.Modules.Programming.Persistence;
using CaliFlow.Modules.Users.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Hybrid;

namespace CaliFlow.Modules.Programming.Features.GetTodayWorkout;

/// <summary>
/// Cached in Redis until the user's local midnight. Every change to the plan, a session or the profile removes the entry; an
/// entry for another date (a zone change seen late) is recomputed rather than served.
/// </summary>
internal sealed class GetTodayWorkoutHandler(ProgrammingDbContext db, IUsersQueries users, HybridCache cache, TimeProvider time)
    : IQueryHandler<GetTodayWorkoutQuery, Result<TodayWorkoutResponse>>
{
    // The expiry depends on the user's zone, known only once computed: a miss is stored briefly, then rewritten to last
    // until local midnight.
    private static readonly HybridCacheEntryOptions FirstWrite = new()
    {
        Expiration = TimeSpan.FromMinutes(1),
        Flags = HybridCacheEntryFlags.DisableLocalCache,
    };

    public async ValueTask<Result<TodayWorkoutResponse>> Handle(GetTodayWorkoutQuery query, CancellationToken cancellationToken)
    {
        var key = ProgrammingCacheKeys.Today(query.UserId);
        var miss = new Miss(this, query.UserId);
        var today = await cache.GetOrCreateOnRequestAsync(key, miss, static (m, token) => m.ComputeAsync(token), FirstWrite);

        if (today is not null && today.Date != LocalClock.Today(time, today.TimeZone))
        {
            today = await miss.ComputeAsync(cancellationToken);
        }

        if (today is null)
        {
            return ProgrammingErrors.NoActivePlan;
        }

        if (miss.Computed)
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

    private sealed class Miss(GetTodayWorkoutHandler handler, Guid userId)
    {
        public bool Computed { get; private set; }

        public async ValueTask<TodayWorkoutResponse?> ComputeAsync(CancellationToken cancellationToken)
        {
            Computed = true;
            return await handler.ComputeAsync(userId, cancellationToken);
        }
    }
}
