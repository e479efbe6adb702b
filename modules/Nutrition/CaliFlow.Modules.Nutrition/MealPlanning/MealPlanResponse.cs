using CaliFlow.Modules.Nutrition.Domain;
using CaliFlow.Modules.Users.Contracts;

namespace CaliFlow.Modules.Nutrition.MealPlanning;

/// <summary>
/// A meal plan with totals per meal and per day and each day's deviation from the targets it was made for. Item amounts come
/// in grams and, as <c>amount</c>, in the profile's units (ounces for imperial); nutrients are in kcal and grams.
/// </summary>
internal sealed record MealPlanResponse(
    Guid Id,
    Guid NutritionPlanId,
    MealPlanPeriod Period,
    int MealsPerDay,
    Diet Diet,
    IReadOnlyList<Allergen> Allergens,
    IReadOnlyList<string> ExcludedFoods,
    int Seed,
    UnitSystem UnitSystem,
    MealPlanTargets Targets,
    IReadOnlyList<MealPlanDayResponse> Days,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static MealPlanResponse From(MealPlan plan, UnitSystem units)
    {
        var targets = new MealPlanTargets(
            plan.TargetEnergyKcal, plan.TargetProteinG, plan.TargetFatG, plan.TargetCarbohydrateG, plan.TargetFibreG);
        return new(
            plan.Id, plan.NutritionPlanId, plan.Period, plan.MealsPerDay, plan.Diet, plan.Allergens, plan.ExcludedFoods, plan.Seed, units,
            targets, [.. plan.Days.Select(d => MealPlanDayResponse.From(d, targets, units))], plan.CreatedAt, plan.UpdatedAt);
    }
}

internal sealed record MealPlanTargets(int EnergyKcal, int ProteinG, int FatG, int CarbohydrateG, int FibreG);

/// <param name="MissedTargets">The targets the day misses: energy or protein beyond ±5 %, fat or carbohydrate beyond ±10 %,
/// fibre under the target or over 1.5 times it.</param>
/// <param name="WithinTolerance">True only when the day misses no target (an edited day may miss some).</param>
internal sealed record MealPlanDayResponse(
    int Day,
    IReadOnlyList<MealResponse> Meals,
    NutrientTotals Totals,
    TargetDeviation Deviation,
    IReadOnlyList<Nutrient> MissedTargets,
    bool WithinTolerance)
{
    public static MealPlanDayResponse From(MealPlanDay day, MealPlanTargets targets, UnitSystem units)
    {
        var totals = NutrientTotals.Of(day);
        var dayTargets = new DayTargets(targets.EnergyKcal, targets.ProteinG, targets.FatG, targets.CarbohydrateG, targets.FibreG);
        var missed = MealPlanGenerator.Missed(totals, dayTargets);
        return new(
            day.Day,
            [.. day.Meals.Select(m => MealResponse.From(m, units))],
            totals,
            new TargetDeviation(
                Percent(totals.EnergyKcal, targets.EnergyKcal), Percent(totals.ProteinG, targets.ProteinG),
                Percent(totals.FatG, targets.FatG), Percent(totals.CarbohydrateG, targets.CarbohydrateG), Percent(totals.FibreG, targets.FibreG)),
            missed,
            missed.Count == 0);
    }

    private static decimal Percent(decimal actual, int target) =>
        Math.Round(100m * MealPlanGenerator.Deviation(actual, target), 1, MidpointRounding.AwayFromZero);
}

/// <summary>How far a day is from its targets, in percent (negative: under).</summary>
internal sealed record TargetDeviation(
    decimal EnergyPercent, decimal ProteinPercent, decimal FatPercent, decimal CarbohydratePercent, decimal FibrePercent);

internal sealed record MealResponse(string Name, IReadOnlyList<MealItemResponse> Items, NutrientTotals Totals)
{
    public static MealResponse From(Meal meal, UnitSystem units) =>
        new(meal.Name, [.. meal.Items.Select(i => MealItemResponse.From(i, units))], NutrientTotals.Of(meal.Items));
}

internal sealed record MealItemResponse(
    string Food,
    string Name,
    int Grams,
    Quantity Amount,
    decimal EnergyKcal,
    decimal ProteinG,
    decimal FatG,
    decimal CarbohydrateG,
    decimal FibreG)
{
    public static MealItemResponse From(MealItem i, UnitSystem units) => new(
        i.Food, i.Name, i.Grams, Units.FoodAmount(i.Grams, units), i.EnergyKcal, i.ProteinG, i.FatG, i.CarbohydrateG, i.FibreG);
}
