using CaliFlow.BuildingBlocks.Application;
using Mediator;

namespace CaliFlow.Modules.Nutrition.Features.DeleteMealPlan;

internal sealed record DeleteMealPlanCommand(Guid UserId, Guid Id) : ICommand<Result<Deleted>>;

internal sealed record Deleted;
