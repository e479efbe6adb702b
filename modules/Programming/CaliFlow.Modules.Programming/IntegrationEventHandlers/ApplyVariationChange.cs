using CaliFlow.BuildingBlocks;
using CaliFlow.BuildingBlocks.Caching;
using CaliFlow.BuildingBlocks.Messaging;
using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Programming.Domain;
using CaliFlow.Modules.Programming.Persistence;
using CaliFlow.Modules.Progress.Contracts;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Programming.IntegrationEventHandlers;

/// <summary>
/// Auto-progression moved the user to a harder (or easier) variation: every session still to do in the active plan, from
/// today on, prescribes the new one where it had the old, with the counts carried over.
/// </summary>
internal sealed class ApplyVariationChange(ProgrammingDbContext db, IExerciseCatalog exercises, CacheInvalidation cache, TimeProvider time)
    : IIntegrationEventHandler<VariationChangedIntegrationEvent>
{
    public async Task HandleAsync(VariationChangedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.AsNoTracking()
            .Where(p => p.UserId == integrationEvent.UserId && p.Status == PlanStatus.Active)
            .Select(p => new { p.Id, p.TimeZone })
            .SingleOrDefaultAsync(cancellationToken);
        var found = await exercises.GetByIdsAsync([integrationEvent.FromExerciseId, integrationEvent.ToExerciseId], cancellationToken);
        var from = found.SingleOrDefault(e => e.Id == integrationEvent.FromExerciseId);
        var to = found.SingleOrDefault(e => e.Id == integrationEvent.ToExerciseId);
        if (plan is null || from is null || to is null || to.Retired)
        {
            return;
        }

        var today = LocalClock.Today(time, plan.TimeZone);
        var upcoming = await db.SessionExercises
            .Where(e => e.ExerciseId == from.Id && db.Sessions.Any(s =>
                s.Id == e.SessionId && s.PlanId == plan.Id && s.Status == SessionStatus.Planned && s.ScheduledDate >= today))
            .ToListAsync(cancellationToken);
        upcoming.ForEach(e => e.SwapTo(to, from.Unit == ExerciseUnit.HoldSeconds));
        if (upcoming.Count > 0)
        {
            cache.Invalidate(ProgrammingCacheKeys.Today(integrationEvent.UserId));
        }
    }
}
