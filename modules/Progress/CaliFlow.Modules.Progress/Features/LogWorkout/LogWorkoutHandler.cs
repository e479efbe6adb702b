using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Progress.Persistence;
using CaliFlow.Modules.Progress.WorkoutLogs;
using Mediator;

namespace CaliFlow.Modules.Progress.Features.LogWorkout;

internal sealed class LogWorkoutHandler(WorkoutLogWriter writer, ProgressDbContext db) : ICommandHandler<LogWorkoutCommand, Result<LoggedWorkout>>
{
    public async ValueTask<Result<LoggedWorkout>> Handle(LogWorkoutCommand command, CancellationToken cancellationToken)
    {
        var written = await writer.WriteAsync(command, cancellationToken);
        if (!written.IsSuccess)
        {
            return written.Error!;
        }

        await db.SaveChangesAsync(cancellationToken); // stamps the timestamps the response shows
        var (created, log) = written.Value;
        return new LoggedWorkout(created, WorkoutLogResponse.From(log));
    }
}
