using System.Text.Json;
using CaliFlow.BuildingBlocks.Caching;
using CaliFlow.BuildingBlocks.Messaging;
using CaliFlow.Modules.Coaching.Contracts;
using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Programming.Domain;
using CaliFlow.Modules.Programming.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Programming.IntegrationEventHandlers;

/// <summary>
/// A check-in asked for a lighter or harder coming week, or easier variations for a pattern that hurts: the sessions still to
/// do in the active plan within the adjustment's dates change, and each records the adjustment with its reason (shown by
/// <c>GET /workouts/today</c>). A session that already carries the adjustment's key is left alone, so a replay changes nothing.
/// </summary>
internal sealed class ApplyPlanAdjustment(ProgrammingDbContext db, IExerciseCatalog exercises, CacheInvalidation cache, TimeProvider time)
    : IIntegrationEventHandler<PlanAdjustmentRequestedIntegrationEvent>
{
    public async Task HandleAsync(PlanAdjustmentRequestedIntegrationEvent adjustment, CancellationToken cancellationToken)
    {
        var planId = await db.Plans.Where(p => p.UserId == adjustment.UserId && p.Status == PlanStatus.Active)
            .Select(p => (Guid?)p.Id).SingleOrDefaultAsync(cancellationToken);
        if (planId is null)
        {
            return;
        }

        var sessions = await db.Sessions.Include(s => s.Exercises)
            .Where(s => s.PlanId == planId && s.Status == SessionStatus.Planned
                && s.ScheduledDate >= adjustment.EffectiveFrom && s.ScheduledDate <= adjustment.EffectiveUntil)
            .ToListAsync(cancellationToken);
        var record = new SessionAdjustment(
            adjustment.Key, JsonNamingPolicy.KebabCaseLower.ConvertName(adjustment.Kind.ToString()), adjustment.Pattern, adjustment.Reason, time.GetUtcNow());
        var changed = 0;
        foreach (var session in sessions.Where(s => !s.HasAdjustment(adjustment.Key)))
        {
            if (await ApplyAsync(session, adjustment, cancellationToken))
            {
                session.Adjusted(record);
                changed++;
            }
        }

        if (changed > 0)
        {
            cache.Invalidate(ProgrammingCacheKeys.Today(adjustment.UserId));
        }
    }

    private async Task<bool> ApplyAsync(WorkoutSession session, PlanAdjustmentRequestedIntegrationEvent adjustment, CancellationToken cancellationToken)
    {
        switch (adjustment.Kind)
        {
            case PlanAdjustmentKind.ReduceVolume:
                session.Exercises.ForEach(e => e.ReduceVolume());
                return true;
            case PlanAdjustmentKind.EarlyDeload:
                session.DeloadNow();
                return true;
            case PlanAdjustmentKind.ProgressSooner when !session.Deload:
                session.Exercises.ForEach(e => e.ProgressSooner());
                return true;
            case PlanAdjustmentKind.EasierVariation:
                var loaded = session.Exercises.Where(e => e.Pattern == adjustment.Pattern).ToList();
                foreach (var exercise in loaded)
                {
                    await StepDownAsync(exercise, cancellationToken);
                }

                return loaded.Count > 0;
            default:
                return false;
        }
    }

    /// <summary>The nearest easier step of the same pattern (else any easier step); with none, the same exercise done lighter.</summary>
    private async Task StepDownAsync(SessionExercise exercise, CancellationToken cancellationToken)
    {
        var neighbours = await exercises.GetNeighboursAsync(exercise.ExerciseId, cancellationToken);
        var easierIds = neighbours?.Easier.Select(p => p.FromId).ToList() ?? [];
        var easier = easierIds.Count == 0 ? [] : await exercises.GetByIdsAsync(easierIds, cancellationToken);
        var step = easier.Where(e => !e.Retired)
            .OrderByDescending(e => e.Pattern == exercise.Pattern).ThenByDescending(e => e.Difficulty)
            .FirstOrDefault();
        if (step is null || neighbours is null)
        {
            exercise.ReduceVolume();
            return;
        }

        exercise.SwapTo(step, neighbours.Exercise.Unit == ExerciseUnit.HoldSeconds);
    }
}
