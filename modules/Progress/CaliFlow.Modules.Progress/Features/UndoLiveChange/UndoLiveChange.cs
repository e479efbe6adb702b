using CaliFlow.BuildingBlocks.Application;
using Mediator;

namespace CaliFlow.Modules.Progress.Features.UndoLiveChange;

/// <param name="Exercise">Id or slug of the exercise whose change is taken back.</param>
internal sealed record UndoLiveChangeCommand(Guid UserId, Guid LiveWorkoutId, string Exercise) : ICommand<Result<Unit>>;
