using System.Text.Json.Serialization;
using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Nutrition.Targets;
using Mediator;

namespace CaliFlow.Modules.Nutrition.Features.RecalculatePlan;

internal sealed record RecalculatePlanCommand : ICommand<Result<RecalculatedPlan>>
{
    [JsonIgnore]
    public Guid UserId { get; init; }
}

/// <param name="Created">False when nothing the targets depend on changed: the active plan is answered as it is.</param>
internal sealed record RecalculatedPlan(NutritionPlanResponse Plan, bool Created);
