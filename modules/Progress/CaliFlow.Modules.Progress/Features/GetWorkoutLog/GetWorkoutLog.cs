using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Progress.WorkoutLogs;
using Mediator;

namespace CaliFlow.Modules.Progress.Features.GetWorkoutLog;

internal sealed record GetWorkoutLogQuery(Guid UserId, Guid LogId) : IQuery<Result<WorkoutLogResponse>>;
