using CaliFlow.BuildingBlocks.Persistence;

namespace CaliFlow.Modules.Nutrition.Domain;

internal enum MealPlanPeriod
{
    Day,
    Week,
}

/// <summary>
/// A day or a week of meals with food items in grams. The structure is one JSONB document (it is read and replaced whole);
/// each item keeps the nutrients it had when it was written, so totals never change under the user's feet.
/// </summary>
internal sealed class MealPlan : IHasTimestamps
{
    private MealPlan()
    {
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    /// <summary>The targets (a row of nutrition_plans) the plan was made for and is measured against.</summary>
    public Guid NutritionPlanId { get; private set; }

    public MealPlanPeriod Period { get; private set; }

    public int MealsPerDay { get; private set; }

    public Diet Diet { get; private set; }

    public List<Allergen> Allergens { get; private set; } = [];

    public List<string> ExcludedFoods { get; private set; } = [];

    /// <summary>The generator's seed: the same seed, targets and foods give the same plan.</summary>
    public int Seed { get; private set; }

    public int TargetEnergyKcal { get; private set; }

    public int TargetProteinG { get; private set; }

    public int TargetFatG { get; private set; }

    public int TargetCarbohydrateG { get; private set; }

    public int TargetFibreG { get; private set; }

    public List<MealPlanDay> Days { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static MealPlan Create(
        Guid userId,
        NutritionPlan targets,
        MealPlanPeriod period,
        int mealsPerDay,
        Diet diet,
        List<Allergen> allergens,
        List<string> excludedFoods,
        int seed,
        List<MealPlanDay> days) =>
        new()
        {
            Id = Guid.CreateVersion7(),
            UserId = userId,
            NutritionPlanId = targets.Id,
            Period = period,
            MealsPerDay = mealsPerDay,
            Diet = diet,
            Allergens = allergens,
            ExcludedFoods = excludedFoods,
            Seed = seed,
            TargetEnergyKcal = targets.EnergyKcal,
            TargetProteinG = targets.ProteinG,
            TargetFatG = targets.FatG,
            TargetCarbohydrateG = targets.CarbohydrateG,
            TargetFibreG = targets.FibreG,
            Days = days,
        };

    /// <summary>The user's edit: the whole structure is replaced (and re-measured on the way out).</summary>
    public void ReplaceDays(List<MealPlanDay> days) => Days = days;
}

internal sealed record MealPlanDay(int Day, List<Meal> Meals);

internal sealed record Meal(string Name, List<MealItem> Items);

/// <summary>A food and its amount, with the nutrients of that amount (rounded to 0.1) as they were when it was written.</summary>
internal sealed record MealItem(
    string Food,
    string Name,
    int Grams,
    decimal EnergyKcal,
    decimal ProteinG,
    decimal FatG,
    decimal CarbohydrateG,
    decimal FibreG)
{
    public static MealItem Of(Food food, int grams) => new(
        food.Slug, food.Name, grams, Per(food.EnergyKcal, grams), Per(food.ProteinG, grams), Per(food.FatG, grams),
        Per(food.CarbohydrateG, grams), Per(food.FibreG, grams));

    private static decimal Per(decimal per100G, int grams) => Math.Round(per100G * grams / 100m, 1, MidpointRounding.AwayFromZero);
}

/// <summary>Sums of items: a meal, a day, or the daily average of a plan.</summary>
internal sealed record NutrientTotals(decimal EnergyKcal, decimal ProteinG, decimal FatG, decimal CarbohydrateG, decimal FibreG)
{
    public static NutrientTotals Of(IEnumerable<MealItem> items)
    {
        decimal energy = 0, protein = 0, fat = 0, carbohydrate = 0, fibre = 0;
        foreach (var item in items)
        {
            energy += item.EnergyKcal;
            protein += item.ProteinG;
            fat += item.FatG;
            carbohydrate += item.CarbohydrateG;
            fibre += item.FibreG;
        }

        return new(energy, protein, fat, carbohydrate, fibre);
    }

    public static NutrientTotals Of(MealPlanDay day) => Of(day.Meals.SelectMany(m => m.Items));
}
