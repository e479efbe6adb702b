using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Nutrition.Targets;
using Mediator;

namespace CaliFlow.Modules.Nutrition.Features.GetTargets;

internal sealed record GetTargetsQuery(Guid UserId) : IQuery<Result<NutritionPlanResponse>>;
