using CaliFlow.BuildingBlocks.Application;
using Mediator;

namespace CaliFlow.Modules.Programming.Features.ArchivePlan;

internal sealed record ArchivePlanCommand(Guid UserId, Guid PlanId) : ICommand<Result<Unit>>;
