using CaliFlow.Modules.Programming.Contracts;
using CaliFlow.Modules.Programming.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Programming;

/// <summary>The Programming module's answers to other modules (<see cref="IProgrammingQueries"/>), read-only.</summary>
internal sealed class ProgrammingQueries(ProgrammingDbContext db) : IProgrammingQueries
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
                [.. session.Exercises.OrderBy(e => e.Order).Select(e => new PrescribedExercise(e.Id, e.Order, e.ExerciseId, e.Pattern, e.Sets))]);
    }
}
