using CaliFlow.BuildingBlocks.Application;
using Mediator;

namespace CaliFlow.Modules.Progress.Features.AbandonLiveWorkout;

internal sealed record AbandonLiveWorkoutCommand(Guid UserId, Guid LiveWorkoutId) : ICommand<Result<Unit>>;
