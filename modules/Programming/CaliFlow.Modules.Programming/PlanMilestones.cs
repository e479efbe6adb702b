using CaliFlow.BuildingBlocks.Messaging;
using CaliFlow.Modules.Programming.Contracts;
using CaliFlow.Modules.Programming.Domain;
using CaliFlow.Modules.Programming.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Programming;

/// <summary>
/// Plan weeks and whole plans that were kept: nothing of them is still planned and at least half of the sessions (rounded up)
/// were done. A session only ever leaves "planned" (or goes from skipped to done), so "kept" never turns false again: announcing
/// the change from not kept to kept announces each week and plan exactly once.
/// </summary>
internal static class PlanMilestones
{
    public static bool Kept(IReadOnlyCollection<SessionStatus> statuses) =>
        statuses.Count > 0 &&
        statuses.All(s => s != SessionStatus.Planned) &&
        statuses.Count(s => s == SessionStatus.Completed) >= (statuses.Count + 1) / 2;

    /// <summary>
    /// Call after changing <paramref name="session"/>'s status (not yet saved) from <paramref name="previous"/>: publishes the
    /// week and plan milestones the change reached.
    /// </summary>
    public static async Task PublishReachedAsync(
        ProgrammingDbContext db, WorkoutSession session, SessionStatus previous, CancellationToken cancellationToken)
    {
        // The stored rows still hold this session's previous status; the tracked entity holds the new one.
        var stored = await db.Sessions.AsNoTracking().Where(s => s.PlanId == session.PlanId)
            .Select(s => new { s.Id, s.Week, s.Status }).ToListAsync(cancellationToken);
        var before = stored.Select(s => (s.Week, Status: s.Id == session.Id ? previous : s.Status)).ToList();
        var after = stored.Select(s => (s.Week, Status: s.Id == session.Id ? session.Status : s.Status)).ToList();

        var weekBefore = before.Where(s => s.Week == session.Week).Select(s => s.Status).ToList();
        var weekAfter = after.Where(s => s.Week == session.Week).Select(s => s.Status).ToList();
        if (!Kept(weekBefore) && Kept(weekAfter))
        {
            db.Publish(new PlanWeekCompletedIntegrationEvent(
                session.UserId, session.PlanId, session.Week, weekAfter.Count, weekAfter.Count(s => s == SessionStatus.Completed)));
        }

        var planBefore = before.Select(s => s.Status).ToList();
        var planAfter = after.Select(s => s.Status).ToList();
        if (!Kept(planBefore) && Kept(planAfter))
        {
            db.Publish(new PlanCompletedIntegrationEvent(
                session.UserId, session.PlanId, planAfter.Count, planAfter.Count(s => s == SessionStatus.Completed)));
        }
    }
}
