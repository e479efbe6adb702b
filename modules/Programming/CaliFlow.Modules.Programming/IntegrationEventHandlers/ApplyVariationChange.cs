using CaliFlow.BuildingBlocks;
using CaliFlow.BuildingBlocks.Caching;
using CaliFlow.BuildingBlocks.Messaging;
using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Programming.Domain;
using CaliFlow.Modules.Programming.Persistence;
using CaliFlow.Modules.Programming.Planning;
using CaliFlow.Modules.Progress.Contracts;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Programming.IntegrationEventHandlers;

/// <summary>
/// Auto-progression moved the user to a harder (or easier) variation: every session still to do in the active plan, from
/// today on, prescribes the new one where it had the old, by the new exercise's kind and unlock rule. A harder step starts
/// again under its target for the rest of the current block (the Recommended Routine: a new progression starts at the bottom
/// of the rep range) and follows the usual weeks after that.
/// </summary>
internal sealed class ApplyVariationChange(ProgrammingDbContext db, IExerciseCatalog exercises, CacheInvalidation cache, TimeProvider time)
    : IIntegrationEventBatchHandler<VariationChangedIntegrationEvent>
{
    public Task HandleAsync(VariationChangedIntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
        HandleAsync([integrationEvent], cancellationToken);

    /// <summary>
    /// A batch's changes, of any users, over one read of their active plans and one of the sessions still to do that hold any
    /// exercise being replaced. Applied in order on those tracked rows, so a user's later change (B to C) finds what an earlier
    /// one (A to B) prescribed, as one at a time.
    /// </summary>
    public async Task HandleAsync(IReadOnlyList<VariationChangedIntegrationEvent> integrationEvents, CancellationToken cancellationToken)
    {
        var userIds = integrationEvents.Select(e => e.UserId).Distinct().ToList();
        var plans = await db.Plans.AsNoTracking()
            .Where(p => userIds.Contains(p.UserId) && p.Status == PlanStatus.Active)
            .Select(p => new ActivePlan(p.Id, p.UserId, p.TimeZone, p.StartDate, p.Inputs))
            .ToDictionaryAsync(p => p.UserId, cancellationToken);
        if (plans.Count == 0)
        {
            return;
        }

        var library = await exercises.GetLibraryAsync(cancellationToken);
        var planIds = plans.Values.Select(p => p.Id).ToList();
        var replaced = integrationEvents.Select(e => e.FromExerciseId).Distinct().ToList();
        var earliestToday = plans.Values.Min(p => LocalClock.Today(time, p.TimeZone)); // each plan's own today is applied below
        var upcoming = await db.SessionExercises
            .Where(e => replaced.Contains(e.ExerciseId))
            .Join(
                db.Sessions.Where(s => planIds.Contains(s.PlanId) && s.Status == SessionStatus.Planned && s.ScheduledDate >= earliestToday),
                e => e.SessionId,
                s => s.Id,
                (e, s) => new UpcomingExercise(e, s.PlanId, s.Week, s.ScheduledDate))
            .ToListAsync(cancellationToken);

        foreach (var change in integrationEvents)
        {
            if (plans.GetValueOrDefault(change.UserId) is { } plan)
            {
                Apply(change, plan, [.. upcoming.Where(u => u.PlanId == plan.Id)], library);
            }
        }
    }

    private void Apply(VariationChangedIntegrationEvent change, ActivePlan plan, List<UpcomingExercise> upcoming, ExerciseLibrary library)
    {
        var from = library.Exercises.SingleOrDefault(e => e.Id == change.FromExerciseId);
        var to = library.Exercises.SingleOrDefault(e => e.Id == change.ToExerciseId);
        if (from is null || to is null || to.Retired)
        {
            return;
        }

        var today = LocalClock.Today(time, plan.TimeZone);
        var currentBlock = Math.Max(0, (today.DayNumber - plan.StartDate.DayNumber) / 7 / Blocks.WeeksPerBlock);
        var style = PlanGenerator.StyleFor(plan.Inputs);
        var next = Prescriptions.NextRule(to, library);
        var harder = change.Change == VariationChange.Advanced;
        var changed = false;
        foreach (var item in upcoming.Where(u => u.ScheduledDate >= today && u.Exercise.ExerciseId == from.Id))
        {
            var block = (item.Week - 1) / Blocks.WeeksPerBlock;
            var weekInBlock = ((item.Week - 1) % Blocks.WeeksPerBlock) + 1;
            var restart = harder && block == currentBlock && weekInBlock < Blocks.WeeksPerBlock;
            var current = item.Exercise.Sets;
            var sets = Prescriptions.Sets(
                to,
                next,
                restart ? 1 : weekInBlock,
                Math.Max(current.Count, Prescriptions.MinimumSets(to, next)),
                current.FirstOrDefault()?.RestSeconds ?? Prescriptions.SchemeFor(to).Rest.Min,
                style,
                Blocks.BuildWeekRpe(block, weekInBlock));
            item.Exercise.ProgressTo(to, weekInBlock == Blocks.WeeksPerBlock ? [.. sets.Take(Math.Min(current.Count, Blocks.DeloadSets))] : sets, Prescriptions.HowTo(to));
            changed = true;
        }

        if (changed)
        {
            cache.Invalidate(ProgrammingCacheKeys.Today(change.UserId));
        }
    }

    private sealed record ActivePlan(Guid Id, Guid UserId, string TimeZone, DateOnly StartDate, PlanRequest Inputs);

    private sealed record UpcomingExercise(SessionExercise Exercise, Guid PlanId, int Week, DateOnly ScheduledDate);
}
