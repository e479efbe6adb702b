using CaliFlow.Modules.Nutrition.Domain;
using CaliFlow.Modules.Nutrition.Seeding;
using Shouldly;

namespace CaliFlow.UnitTests.Nutrition;

public sealed class FoodSeedTests
{
    private static readonly FoodSeedFile Seed = FoodSeedFile.Load();

    [Fact]
    public void The_table_ships_at_least_150_foods_and_names_its_source()
    {
        Seed.Foods.Count.ShouldBeGreaterThanOrEqualTo(150);
        Seed.Source.ShouldContain("FoodData Central");
        Seed.Foods.Count(f => f.FdcId is not null).ShouldBeGreaterThanOrEqualTo(30);
    }

    [Fact]
    public void Slugs_names_and_FoodData_Central_ids_are_unique()
    {
        Seed.Foods.GroupBy(f => f.Slug).Where(g => g.Count() > 1).Select(g => g.Key).ShouldBeEmpty();
        Seed.Foods.GroupBy(f => f.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).Select(g => g.Key).ShouldBeEmpty();
        Seed.Foods.Where(f => f.FdcId is not null).GroupBy(f => f.FdcId).Where(g => g.Count() > 1).Select(g => g.Key).ShouldBeEmpty();
        Seed.Foods.ShouldAllBe(f => System.Text.RegularExpressions.Regex.IsMatch(f.Slug, "^[a-z0-9]+(-[a-z0-9]+)*$"));
    }

    [Fact]
    public void Energy_agrees_with_4_4_9_from_protein_carbohydrate_and_fat()
    {
        // USDA applies food-specific Atwater factors, lower than the general 4/4/9 for many plant foods (fibre, less digestible
        // protein), so energy may sit up to 20 % under the general estimate but never far over it.
        var off = Seed.Foods
            .Select(f => (f.Slug, f.EnergyKcal, General: (4 * f.ProteinG) + (4 * f.CarbohydrateG) + (9 * f.FatG)))
            .Where(f => Math.Abs(f.EnergyKcal - f.General) > 10 && (f.EnergyKcal < 0.80m * f.General || f.EnergyKcal > 1.05m * f.General))
            .ToList();

        off.ShouldBeEmpty();
    }

    [Fact]
    public void Nutrients_are_plausible_per_100_g()
    {
        Seed.Foods.ShouldAllBe(f => f.EnergyKcal > 0 && f.EnergyKcal <= 900);
        Seed.Foods.ShouldAllBe(f => f.ProteinG >= 0 && f.FatG >= 0 && f.CarbohydrateG >= 0 && f.FibreG >= 0);
        Seed.Foods.ShouldAllBe(f => f.ProteinG + f.FatG + f.CarbohydrateG <= 100.5m);
        Seed.Foods.ShouldAllBe(f => f.FibreG <= f.CarbohydrateG);
    }

    [Fact]
    public void Diet_and_allergen_flags_agree_with_the_food_group()
    {
        var foods = Seed.Foods;
        foods.Where(f => f.Group is FoodGroup.Meat or FoodGroup.Poultry or FoodGroup.Fish or FoodGroup.Shellfish)
            .ShouldAllBe(f => f.Diet == Diet.Omnivore);
        foods.Where(f => f.Group is FoodGroup.Dairy or FoodGroup.Cheese).ShouldAllBe(f => f.Diet != Diet.Vegan && f.Allergens.Contains(Allergen.Dairy));
        foods.Where(f => f.Group == FoodGroup.Eggs).ShouldAllBe(f => f.Diet == Diet.Vegetarian && f.Allergens.Contains(Allergen.Egg));
        foods.Where(f => f.Group == FoodGroup.Fish).ShouldAllBe(f => f.Allergens.Contains(Allergen.Fish));
        foods.Where(f => f.Group == FoodGroup.Shellfish).ShouldAllBe(f => f.Allergens.Contains(Allergen.Shellfish));
        // Animal-derived allergens never sit on a vegan food.
        foods.Where(f => f.Diet == Diet.Vegan)
            .ShouldAllBe(f => !f.Allergens.Any(a => a == Allergen.Dairy || a == Allergen.Egg || a == Allergen.Fish || a == Allergen.Shellfish));
        foods.Where(f => f.Group is FoodGroup.Bread or FoodGroup.Cereals && f.Allergens.Contains(Allergen.Gluten)).ShouldNotBeEmpty();
        foods.Where(f => f.Slug.Contains("peanut", StringComparison.Ordinal)).ShouldAllBe(f => f.Allergens.Contains(Allergen.Peanuts));
        foods.Where(f => f.Slug.StartsWith("tofu", StringComparison.Ordinal) || f.Slug.StartsWith("soy", StringComparison.Ordinal))
            .ShouldAllBe(f => f.Allergens.Contains(Allergen.Soy));
    }

    [Fact]
    public void Every_food_has_a_portion_range_in_5_g_steps_and_every_group_a_default()
    {
        Enum.GetValues<FoodGroup>().ShouldAllBe(g => Seed.PortionsByGroup.Any(p => p.Group == g));
        Seed.PortionsByGroup.GroupBy(p => p.Group).ShouldAllBe(g => g.Count() == 1);
        foreach (var food in Seed.ToFoods())
        {
            food.MinPortionG.ShouldBeGreaterThan(0, food.Slug);
            food.MaxPortionG.ShouldBeGreaterThan(food.MinPortionG, food.Slug);
            (food.MinPortionG % 5).ShouldBe(0, food.Slug);
            (food.MaxPortionG % 5).ShouldBe(0, food.Slug);
            // No serving beyond 350 g of anything, and none of a dense food beyond ~700 kcal.
            food.MaxPortionG.ShouldBeLessThanOrEqualTo(350, food.Slug);
            (food.EnergyKcal * food.MaxPortionG / 100).ShouldBeLessThanOrEqualTo(700m, food.Slug);
        }
    }

    [Theory]
    [InlineData("cottage-cheese-2pct", 100, 250)]
    [InlineData("cottage-cheese-1pct", 100, 250)]
    [InlineData("almonds", 15, 40)]
    [InlineData("walnuts", 15, 40)]
    [InlineData("cod-atlantic-cooked", 100, 200)]
    [InlineData("egg-white-cooked", 100, 250)]
    [InlineData("egg-whole-hard-boiled", 50, 200)]
    [InlineData("brussels-sprouts-boiled", 80, 250)]
    [InlineData("olive-oil", 5, 20)]
    [InlineData("rice-white-cooked", 100, 300)]
    public void Portions_are_typical_servings(string slug, int min, int max)
    {
        var food = Seed.ToFoods().Single(f => f.Slug == slug);

        (food.MinPortionG, food.MaxPortionG).ShouldBe((min, max));
    }

    [Fact]
    public void Foods_eaten_cooked_are_offered_cooked_and_their_raw_forms_are_marked()
    {
        var foods = Seed.ToFoods();
        var offered = foods.Where(f => !f.CookBeforeEating).ToList();
        FoodGroup[] eatenCooked =
        [
            FoodGroup.Eggs, FoodGroup.Meat, FoodGroup.Poultry, FoodGroup.Fish, FoodGroup.Shellfish, FoodGroup.Legumes, FoodGroup.Grains,
            FoodGroup.StarchyVegetables,
        ];
        string[] vegetablesEatenCooked =
            ["Brussels sprouts", "Cauliflower", "Green beans", "Asparagus", "Eggplant", "Beets", "Swiss chard", "Bok choy", "Zucchini", "Mushrooms", "Leeks"];
        static bool Raw(Food f) => f.Name.Contains("raw", StringComparison.OrdinalIgnoreCase);

        offered.Where(f => eatenCooked.Contains(f.Group)).Where(Raw).Select(f => f.Slug).ShouldBeEmpty();
        offered.Where(f => vegetablesEatenCooked.Any(v => f.Name.StartsWith(v, StringComparison.Ordinal)) && Raw(f)).Select(f => f.Slug).ShouldBeEmpty();
        // The review's raw foods are still in the table (for look-ups and edits), each with a cooked entry beside it.
        foreach (var (raw, cooked) in new[]
                 {
                     ("egg-whole-raw", "egg-whole-hard-boiled"), ("egg-white-raw", "egg-white-cooked"),
                     ("brussels-sprouts-raw", "brussels-sprouts-boiled"), ("cauliflower-raw", "cauliflower-boiled"),
                 })
        {
            foods.Single(f => f.Slug == raw).CookBeforeEating.ShouldBeTrue(raw);
            foods.Single(f => f.Slug == cooked).CookBeforeEating.ShouldBeFalse(cooked);
        }

        // Only raw forms are marked: a cooked or ready food is always offered.
        foods.Where(f => f.CookBeforeEating && !Raw(f)).Select(f => f.Slug).ShouldBeEmpty();
    }

    [Fact]
    public void Every_diet_has_foods_for_every_part_of_a_meal()
    {
        foreach (var diet in Enum.GetValues<Diet>())
        {
            var allowed = Seed.ToFoods().Where(f => f.Fits(diet)).ToList();
            foreach (var group in new[] { FoodGroup.Grains, FoodGroup.Vegetables, FoodGroup.Fruits, FoodGroup.FatsAndOils, FoodGroup.Legumes })
            {
                allowed.ShouldContain(f => f.Group == group, $"{diet} has no {group}");
            }
        }
    }
}
