using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Nutrition.MealPlanning;
using Mediator;

namespace CaliFlow.Modules.Nutrition.Features.GetMealPlan;

internal sealed record GetMealPlanQuery(Guid UserId, Guid Id) : IQuery<Result<MealPlanResponse>>;
