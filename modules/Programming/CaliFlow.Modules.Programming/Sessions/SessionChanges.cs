using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Programming.Domain;
using CaliFlow.Modules.Programming.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Programming.Sessions;

/// <summary>What every change to a session checks first: it is the caller's, in their active plan, and still to do.</summary>
internal static class SessionChanges
{
    public static async Task<Result<WorkoutSession>> FindChangeableAsync(
        this ProgrammingDbContext db, Guid userId, Guid sessionId, CancellationToken cancellationToken)
    {
        var session = await db.Sessions.Include(s => s.Exercises)
            .SingleOrDefaultAsync(s => s.Id == sessionId && s.UserId == userId, cancellationToken);
        if (session is null)
        {
            return ProgrammingErrors.SessionNotFound;
        }

        if (!await db.Plans.AnyAsync(p => p.Id == session.PlanId && p.Status == PlanStatus.Active, cancellationToken))
        {
            return Error.Conflict("plan_archived", "The session belongs to an archived plan.");
        }

        return session.Status == SessionStatus.Planned ? session : ProgrammingErrors.SessionNotPlanned(session.Status.ToString());
    }
}
