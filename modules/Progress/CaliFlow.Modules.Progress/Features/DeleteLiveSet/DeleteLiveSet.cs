using CaliFlow.BuildingBlocks.Application;
using Mediator;

namespace CaliFlow.Modules.Progress.Features.DeleteLiveSet;

internal sealed record DeleteLiveSetCommand(Guid UserId, Guid LiveWorkoutId, Guid SetId) : ICommand<Result<Unit>>;
