using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Programming.Plans;
using Mediator;

namespace CaliFlow.Modules.Programming.Features.GetPlan;

internal sealed record GetPlanQuery(Guid UserId, Guid PlanId) : IQuery<Result<PlanResponse>>;
