using CaliFlow.BuildingBlocks.Caching;
using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Exercises.Persistence;
using CaliFlow.Modules.Platform.Contracts;

namespace CaliFlow.Modules.Exercises.Library;

/// <summary>
/// Starts an admin change to the library in the current command: bumps the revision (which queues concurrent changes on its row
/// lock) and, once the change commits, makes this instance forget the revision it remembers, so its next read sees the change.
/// Other instances see it when their remembered revision expires (<see cref="LibraryReader.RevisionLifetime"/>).
/// </summary>
internal sealed class LibraryChange(ExercisesDbContext db, CacheInvalidation cache, ICurrentUser admin, AuditTrail audit)
{
    public async Task BeginAsync(CancellationToken cancellationToken)
    {
        await db.BeginLibraryChangeAsync(cancellationToken);
        cache.Invalidate(ExercisesCacheKeys.Revision);
    }

    /// <summary>Records the admin's edit in the audit log (through this module's outbox, with the change).</summary>
    public void Audit(string subjectType, Guid subjectId, string summary) =>
        audit.Record(db, admin.Id, AuditActions.AdminEdit, subjectType, subjectId.ToString(), summary);
}
