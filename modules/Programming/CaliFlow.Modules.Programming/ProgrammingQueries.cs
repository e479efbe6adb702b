using CaliFlow.BuildingBlocks;
using CaliFlow.Modules.Programming.Contracts;
using CaliFlow.Modules.Programming.Domain;
using CaliFlow.Modules.Programming.Planning;
using CaliFlow.Modules.Programming.Persistence;
using CaliFlow.Modules.Programming.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaliFlow.Modules.Programming;

/// <summary>The Programming module's answers to other modules (<see cref="IProgrammingQueries"/>), read-only.</summary>
internal sealed class ProgrammingQueries(ProgrammingDbContext db, IServiceProvider services, TimeProvider time) : IProgrammingQueries
{
    public async Task<SessionPrescription?> GetSessionAsync(Guid userId, Guid sessionId, CancellationToken cancellationToken)
    {
        var session = await db.Sessions.AsNoTracking().Include(s => s.Exercises)
            .SingleOrDefaultAsync(s => s.Id == sessionId && s.UserId == userId, cancellationToken);
        return session is null
            ? null
            : new SessionPrescription(
                session.Id,
                session.PlanId,
                session.Week,
                session.ScheduledDate,
                session.Deload,
                [.. session.Exercises.OrderBy(e => e.Order).Select(e => new PrescribedExercise(e.Id, e.Order, e.ExerciseId, e.Pattern, e.Sets, e.Group))]);
    }

    public async Task<TodaySessionInfo?> GetTodayAsync(Guid userId, CancellationToken cancellationToken)
    {
        // Through the reader GET /workouts/today uses, so other modules see exactly what it shows. Resolved here, not
        // injected: it brings the Users queries (and their DbContext) along, which the other answers never need.
        var today = await services.GetRequiredService<TodayWorkoutReader>().GetAsync(userId, cancellationToken);
        if (today is null)
        {
            return null;
        }

        var s = today.Session;
        return new TodaySessionInfo(
            today.Date,
            today.IsToday,
            s is null
                ? null
                : new PlannedSessionInfo(
                    s.Id, s.Week, s.Date, s.Name, s.Deload,
                    [.. s.Exercises.Select(e => new PlannedExerciseInfo(e.ExerciseId, e.Slug, e.Name, e.Pattern, e.Sets, e.Group))],
                    [.. s.Adjustments.Select(a => new SessionAdjustmentInfo(a.Kind, a.Pattern, a.Reason))]));
    }

    public async Task<PlanWeekInfo?> GetCurrentWeekAsync(Guid userId, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.AsNoTracking()
            .SingleOrDefaultAsync(p => p.UserId == userId && p.Status == PlanStatus.Active, cancellationToken);
        if (plan is null || plan.Mesocycles.Count == 0)
        {
            return null;
        }

        var today = LocalClock.Today(time, plan.TimeZone);
        var week = Math.Clamp((today.DayNumber - plan.StartDate.DayNumber) / 7 + 1, 1, Blocks.Weeks);
        var block = plan.Mesocycles.FirstOrDefault(m => week >= m.FirstWeek && week <= m.LastWeek) ?? plan.Mesocycles[^1];
        var targets = block.Weeks.FirstOrDefault(w => w.Week == week);
        var weekSessions = await db.Sessions.AsNoTracking()
            .Where(s => s.PlanId == plan.Id && s.Week == week)
            .Select(s => new { s.Deload, s.Adjustments })
            .ToListAsync(cancellationToken);
        var earlyDeload = weekSessions.SelectMany(s => s.Adjustments).FirstOrDefault(a => a.Kind == "early-deload");

        var plannedDeload = targets?.Deload ?? false;
        var deload = plannedDeload || earlyDeload is not null;
        var reason = plannedDeload
            ? $"Week {week} is the last week of block {block.Number} ({block.Focus}): the planned deload. Fewer sets at an easier effort " +
              "let the body absorb three weeks of rising work, so the next block starts fresh and stronger."
            : earlyDeload?.Reason;
        var nextDeload = plan.Mesocycles.SelectMany(m => m.Weeks).Where(w => w.Deload && w.Week > week).Select(w => (int?)w.Week).FirstOrDefault();
        return new PlanWeekInfo(
            plan.Id, plan.StartDate, plan.EndDate, week, Blocks.Weeks, block.Number, block.Focus, week - block.FirstWeek + 1,
            deload, reason, nextDeload, plan.TargetSkills);
    }
}
