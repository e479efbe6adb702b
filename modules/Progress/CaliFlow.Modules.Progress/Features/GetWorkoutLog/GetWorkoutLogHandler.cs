using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Progress.Persistence;
using CaliFlow.Modules.Progress.WorkoutLogs;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Progress.Features.GetWorkoutLog;

internal sealed class GetWorkoutLogHandler(ProgressDbContext db) : IQueryHandler<GetWorkoutLogQuery, Result<WorkoutLogResponse>>
{
    public async ValueTask<Result<WorkoutLogResponse>> Handle(GetWorkoutLogQuery query, CancellationToken cancellationToken)
    {
        var log = await db.WorkoutLogs.AsNoTracking().Include(l => l.Exercises)
            .SingleOrDefaultAsync(l => l.Id == query.LogId && l.UserId == query.UserId, cancellationToken);
        return log is null ? ProgressErrors.LogNotFound : WorkoutLogResponse.From(log);
    }
}
