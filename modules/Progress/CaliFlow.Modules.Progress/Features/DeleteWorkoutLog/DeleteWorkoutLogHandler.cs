using CaliFlow.BuildingBlocks.Application;
using CaliFlow.BuildingBlocks.Caching;
using CaliFlow.Modules.Progress.Persistence;
using CaliFlow.Modules.Progress.Stats;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Progress.Features.DeleteWorkoutLog;

internal sealed class DeleteWorkoutLogHandler(ProgressDbContext db, StatsLedger stats, CacheInvalidation cache, TimeProvider time) : ICommandHandler<DeleteWorkoutLogCommand, Result<Unit>>
{
    public async ValueTask<Result<Unit>> Handle(DeleteWorkoutLogCommand command, CancellationToken cancellationToken)
    {
        var log = await db.WorkoutLogs.SingleOrDefaultAsync(l => l.Id == command.LogId && l.UserId == command.UserId, cancellationToken);
        if (log is null)
        {
            return ProgressErrors.LogNotFound;
        }

        log.Delete(time.GetUtcNow());
        await stats.ForgetAsync(command.UserId, cancellationToken);
        cache.Invalidate(ProgressCacheKeys.Stats(command.UserId));
        return Unit.Value;
    }
}
