using System.Text.Json.Serialization;
using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Nutrition.MealPlanning;
using Mediator;

namespace CaliFlow.Modules.Nutrition.Features.UpdateMealPlan;

/// <summary>
/// The user's edit of a plan: its days, meals and items replace the old ones whole (send back what GET returned, changed).
/// Nutrients are recomputed from the food table; each item gives its amount in grams or in ounces, one of them.
/// </summary>
internal sealed record UpdateMealPlanCommand(List<DayInput>? Days) : ICommand<Result<MealPlanResponse>>
{
    public const int MaxItemsPerMeal = 12;

    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public Guid UserId { get; init; }
}

internal sealed record DayInput(List<MealInput>? Meals);

internal sealed record MealInput(string? Name, List<ItemInput>? Items);

/// <param name="Food">A food's slug (GET /foods).</param>
internal sealed record ItemInput(string? Food, int? Grams = null, decimal? Ounces = null);
