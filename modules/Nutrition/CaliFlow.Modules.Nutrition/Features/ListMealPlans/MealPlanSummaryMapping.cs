using CaliFlow.Modules.Nutrition.Domain;
using Mapster;

namespace CaliFlow.Modules.Nutrition.Features.ListMealPlans;

/// <summary>
/// Field for field, projected in SQL: the summary reads its own columns and leaves the plan's JSONB days, allergens and
/// exclusions in the database. Picked up by the module's Mapster configuration (<c>ModuleMappings.Of</c>).
/// </summary>
internal sealed class MealPlanSummaryMapping : IRegister
{
    public void Register(TypeAdapterConfig config) => config.NewConfig<MealPlan, MealPlanSummary>();
}
