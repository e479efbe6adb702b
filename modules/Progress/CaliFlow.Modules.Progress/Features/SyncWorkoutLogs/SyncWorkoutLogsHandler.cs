using CaliFlow.BuildingBlocks.Application;
using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Progress.Persistence;
using CaliFlow.Modules.Progress.WorkoutLogs;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Progress.Features.SyncWorkoutLogs;

/// <summary>
/// Each log is validated and written behind its own savepoint inside the batch's transaction: a bad log is rolled back and
/// reported, the others are kept.
/// </summary>
internal sealed class SyncWorkoutLogsHandler(ProgressDbContext db, WorkoutLogWriter writer, IValidator<LogWorkoutCommand> validator)
    : ICommandHandler<SyncWorkoutLogsCommand, Result<SyncResult>>
{
    public async ValueTask<Result<SyncResult>> Handle(SyncWorkoutLogsCommand command, CancellationToken cancellationToken)
    {
        var transaction = db.Database.CurrentTransaction
                          ?? throw new InvalidOperationException("The sync runs inside the command's transaction.");
        var items = new List<SyncItemResult>();
        for (var index = 0; index < command.Logs.Count; index++)
        {
            var log = command.Logs[index] with { UserId = command.UserId };
            var validation = await validator.ValidateAsync(log, cancellationToken);
            if (!validation.IsValid)
            {
                items.Add(new SyncItemResult(index, log.Id, "invalid", "validation", ProblemExceptionHandler.FieldErrors(validation.Errors)));
                continue;
            }

            var savepoint = $"log_{index}";
            await transaction.CreateSavepointAsync(savepoint, cancellationToken);
            var written = await writer.WriteAsync(log, cancellationToken);
            if (!written.IsSuccess)
            {
                db.ChangeTracker.Clear();
                var error = written.Error!;
                items.Add(new SyncItemResult(
                    index, log.Id, error.Kind == ErrorKind.Conflict ? "conflict" : "invalid", error.Code,
                    error.Field is null ? null : new Dictionary<string, string[]> { [error.Field] = [error.Detail] }));
                continue;
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                await transaction.ReleaseSavepointAsync(savepoint, cancellationToken);
                // Each log is saved: tracking it further would only make every later save compare it again (with its JSONB
                // sets serialised for each comparison), which made a batch cost grow with the square of its size.
                db.ChangeTracker.Clear();
                items.Add(new SyncItemResult(index, log.Id, written.Value.Created ? "created" : "unchanged", null, null));
            }
            catch (DbUpdateException)
            {
                // e.g. the same id uploaded by another device a moment ago: this log alone is undone.
                await transaction.RollbackToSavepointAsync(savepoint, cancellationToken);
                db.ChangeTracker.Clear();
                items.Add(new SyncItemResult(index, log.Id, "conflict", "workout_log_id_conflict", null));
            }
        }

        return new SyncResult(
            items.Count(i => i.Status == "created"),
            items.Count(i => i.Status == "unchanged"),
            items.Count(i => i.Status is "conflict" or "invalid"),
            items);
    }
}
