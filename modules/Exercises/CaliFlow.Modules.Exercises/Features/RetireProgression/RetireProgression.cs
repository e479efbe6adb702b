using CaliFlow.BuildingBlocks.Application;
using Mediator;

namespace CaliFlow.Modules.Exercises.Features.RetireProgression;

internal sealed record RetireProgressionCommand(Guid ProgressionId) : ICommand<Result<Unit>>;
