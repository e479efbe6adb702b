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
    : IIntegrationEventHandler<VariationChangedIntegrationEvent>
{
    public async Task HandleAsync(VariationChangedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.AsNoTracking()
            .Where(p => p.UserId == integrationEvent.UserId && p.Status == PlanStatus.Active)
            .Select(p => new { p.Id, p.TimeZone, p.StartDate, p.Inputs })
            .SingleOrDefaultAsync(cancellationToken);
        var library = await exercises.GetLibraryAsync(cancellationToken);
        var from = library.Exercises.SingleOrDefault(e => e.Id == integrationEvent.FromExerciseId);
        var to = library.Exercises.SingleOrDefault(e => e.Id == integrationEvent.ToExerciseId);
        if (plan is null || from is null || to is null || to.Retired)
        {
            return;
        }

        var today = LocalClock.Today(time, plan.TimeZone);
        var currentBlock = Math.Max(0, (today.DayNumber - plan.StartDate.DayNumber) / 7 / Blocks.WeeksPerBlock);
        var upcoming = await db.SessionExercises
            .Where(e => e.ExerciseId == from.Id)
            .Join(
                db.Sessions.Where(s => s.PlanId == plan.Id && s.Status == SessionStatus.Planned && s.ScheduledDate >= today),
                e => e.SessionId,
                s => s.Id,
                (e, s) => new { Exercise = e, s.Week })
            .ToListAsync(cancellationToken);

        var style = PlanGenerator.StyleFor(plan.Inputs);
        var next = Prescriptions.NextRule(to, library);
        var harder = integrationEvent.Change == VariationChange.Advanced;
        foreach (var item in upcoming)
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
        }

        if (upcoming.Count > 0)
        {
            cache.Invalidate(ProgrammingCacheKeys.Today(integrationEvent.UserId));
        }
    }
}
