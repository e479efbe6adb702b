using CaliFlow.BuildingBlocks.Mapping;
using CaliFlow.Modules.Nutrition.Domain;
using CaliFlow.Modules.Nutrition.Features.ListMealPlans;
using Mapster;

namespace CaliFlow.Modules.Nutrition;

/// <summary>
/// Nutrition's entity → response projections (Mapster, used in EF queries so only the response's columns are read). Responses
/// computed from several sources, or reshaped, stay plain code in their slices.
/// </summary>
internal sealed class NutritionMappings : IRegister
{
    public static TypeAdapterConfig Config => ModuleMappings.Of<NutritionMappings>();

    public void Register(TypeAdapterConfig config)
    {
        // Field for field: the summary leaves the plan's JSONB days, allergens and exclusions in the database.
        config.NewConfig<MealPlan, MealPlanSummary>();
    }
}
