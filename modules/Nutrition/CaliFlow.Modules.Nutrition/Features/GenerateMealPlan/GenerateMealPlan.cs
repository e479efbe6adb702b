using System.Text.Json.Serialization;
using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Nutrition.Domain;
using CaliFlow.Modules.Nutrition.MealPlanning;
using Mediator;

namespace CaliFlow.Modules.Nutrition.Features.GenerateMealPlan;

/// <summary>
/// Makes a day or a week of meals from the caller's active targets. Diet, allergens and excluded foods default to the saved
/// preferences (PUT /nutrition/preferences); given here, they apply to this plan only.
/// </summary>
/// <param name="Seed">Optional: the same seed with the same targets and preferences makes the same plan.</param>
internal sealed record GenerateMealPlanCommand(
    MealPlanPeriod? Period,
    int? MealsPerDay,
    Diet? Diet = null,
    List<Allergen>? Allergens = null,
    List<string>? ExcludedFoods = null,
    int? Seed = null) : ICommand<Result<MealPlanResponse>>
{
    [JsonIgnore]
    public Guid UserId { get; init; }
}
