using CaliFlow.Modules.Nutrition.Domain;
using CaliFlow.Modules.Nutrition.MealPlanning;
using CaliFlow.Modules.Nutrition.Seeding;
using CaliFlow.Modules.Nutrition.Targets;
using CaliFlow.Modules.Users.Contracts;
using Shouldly;

namespace CaliFlow.UnitTests.Nutrition;

public sealed class MealPlanGeneratorTests
{
    private static readonly IReadOnlyList<Food> Foods = FoodSeedFile.Load().ToFoods();

    private static DayTargets TargetsOf(TargetInputs inputs)
    {
        var t = TargetCalculator.Calculate(inputs);
        return new DayTargets(t.EnergyKcal, t.ProteinG, t.FatG, t.CarbohydrateG);
    }

    private static readonly FoodGroup[] AnimalProtein =
        [FoodGroup.Meat, FoodGroup.Poultry, FoodGroup.Fish, FoodGroup.Shellfish, FoodGroup.Eggs, FoodGroup.Dairy, FoodGroup.Cheese];

    private static readonly DayTargets Typical =
        TargetsOf(new TargetInputs(Sex.Male, 30, 180m, 80m, 3, DailyActivity.Sedentary, NutritionGoal.Maintenance));

    [Fact]
    public void A_week_for_an_omnivore_hits_energy_and_protein_every_day()
    {
        var plan = MealPlanGenerator.Generate(Foods, Typical, days: 7, mealsPerDay: 4, seed: 42);

        plan.ShouldNotBeNull();
        plan.Count.ShouldBe(7);
        plan.ShouldAllBe(d => d.Meals.Count == 4);
        plan.ShouldAllBe(d => MealPlanGenerator.WithinTolerance(NutrientTotals.Of(d), Typical, MealPlanGenerator.Tolerance));
        plan.SelectMany(d => d.Meals).SelectMany(m => m.Items).ShouldAllBe(i => i.Grams > 0 && i.Grams % 5 == 0);
        plan.Select(d => d.Day).ShouldBe([1, 2, 3, 4, 5, 6, 7]);
    }

    [Fact]
    public void The_same_seed_gives_the_same_plan_and_another_seed_another()
    {
        static string Render(List<MealPlanDay> plan) =>
            string.Join("|", plan.SelectMany(d => d.Meals).SelectMany(m => m.Items).Select(i => $"{i.Food}:{i.Grams}"));

        var first = MealPlanGenerator.Generate(Foods, Typical, 7, 3, seed: 7)!;
        var again = MealPlanGenerator.Generate(Foods.Reverse().ToList(), Typical, 7, 3, seed: 7)!;
        var other = MealPlanGenerator.Generate(Foods, Typical, 7, 3, seed: 8)!;

        Render(again).ShouldBe(Render(first));
        Render(other).ShouldNotBe(Render(first));
    }

    [Fact]
    public void Plans_for_200_random_profiles_and_preferences_hit_the_targets_and_respect_the_preferences()
    {
        var random = new Random(2026);
        var allergens = Enum.GetValues<Allergen>();
        var slugs = Foods.Select(f => f.Slug).ToArray();
        var failures = new List<string>();
        var unreachable = new List<string>();
        for (var run = 0; run < 200; run++)
        {
            var sex = random.Next(2) == 0 ? Sex.Male : Sex.Female;
            var inputs = new TargetInputs(
                sex,
                random.Next(18, 76),
                sex == Sex.Male ? random.Next(160, 201) : random.Next(150, 186),
                random.Next(sex == Sex.Male ? 58 : 45, 131),
                random.Next(2, 7),
                Enum.GetValues<DailyActivity>()[random.Next(5)],
                Enum.GetValues<NutritionGoal>()[random.Next(4)]);
            var targets = TargetsOf(inputs);
            var diet = Enum.GetValues<Diet>()[random.Next(3)];
            var avoided = allergens.Where(_ => random.Next(6) == 0).ToList(); // each allergen avoided one time in six
            var excluded = Enumerable.Range(0, random.Next(0, 6)).Select(_ => slugs[random.Next(slugs.Length)]).ToList();
            var allowed = Foods.Where(f => DietaryPreferences.Allows(f, diet, avoided, excluded)).ToList();
            var days = random.Next(2) == 0 ? 1 : 7;
            var meals = random.Next(2, 7);
            var seed = random.Next();
            var description = $"{inputs} {targets} {diet} avoiding [{string.Join(",", avoided)}] without [{string.Join(",", excluded)}] {meals} meals seed {seed}";

            var plan = MealPlanGenerator.Generate(allowed, targets, days, meals, seed);

            if (plan is null)
            {
                unreachable.Add(description);
                // Only plant proteins without soy (legumes, seeds, perhaps seitan) can fall short of a high protein target.
                allowed.ShouldNotContain(f => AnimalProtein.Contains(f.Group) || f.Allergens.Contains(Allergen.Soy), description);
                continue;
            }

            plan.Count.ShouldBe(days);
            var items = plan.SelectMany(d => d.Meals).SelectMany(m => m.Items).ToList();
            var used = Foods.Where(f => items.Any(i => i.Food == f.Slug)).ToList();
            used.ShouldAllBe(f => f.Fits(diet), description);
            used.ShouldAllBe(f => !f.Allergens.Any(avoided.Contains), description);
            items.ShouldAllBe(i => !excluded.Contains(i.Food), description);
            foreach (var day in plan)
            {
                day.Meals.Count.ShouldBe(meals);
                var totals = NutrientTotals.Of(day);
                if (!MealPlanGenerator.WithinTolerance(totals, targets))
                {
                    failures.Add($"{description} day {day.Day}: {totals}");
                }
            }
        }

        failures.ShouldBeEmpty();
        unreachable.Count.ShouldBeLessThanOrEqualTo(5, string.Join("\n", unreachable));
    }

    [Fact]
    public void No_plan_when_the_allowed_foods_cannot_reach_the_protein_target()
    {
        var fruitOnly = Foods.Where(f => f.Group == FoodGroup.Fruits).ToList();

        MealPlanGenerator.Generate(fruitOnly, Typical, 1, 3, seed: 1).ShouldBeNull();
    }

    [Fact]
    public void Item_nutrients_are_the_per_100_g_values_scaled_to_the_grams()
    {
        var oats = Foods.Single(f => f.Slug == "oats-rolled");

        var item = MealItem.Of(oats, 60);

        item.EnergyKcal.ShouldBe(233.4m); // 389 × 0.6
        item.ProteinG.ShouldBe(10.1m); // 16.89 × 0.6 = 10.134
        item.FatG.ShouldBe(4.1m);
        item.CarbohydrateG.ShouldBe(39.8m);
        item.FibreG.ShouldBe(6.4m);
    }
}
