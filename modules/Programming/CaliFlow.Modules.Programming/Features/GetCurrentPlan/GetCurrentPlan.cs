using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Programming.Plans;
using Mediator;

namespace CaliFlow.Modules.Programming.Features.GetCurrentPlan;

internal sealed record GetCurrentPlanQuery(Guid UserId) : IQuery<Result<PlanResponse>>;
