using System.Text.Json;
using CaliFlow.BuildingBlocks;
using CaliFlow.Modules.Nutrition.Domain;

namespace CaliFlow.Modules.Nutrition.Seeding;

/// <summary>
/// The food table as shipped: Seed/foods.json, embedded in the assembly. Its "source" names where the values and portions come
/// from; portions are given per food group, and a food with its own <see cref="SeedFood.Portion"/> overrides its group's.
/// </summary>
internal sealed record FoodSeedFile(int Version, string Source, IReadOnlyList<GroupPortion> PortionsByGroup, IReadOnlyList<SeedFood> Foods)
{
    public const string ResourceName = "Seed/foods.json";

    public static FoodSeedFile Load()
    {
        using var stream = typeof(FoodSeedFile).Assembly.GetManifestResourceStream(ResourceName)
                           ?? throw new InvalidOperationException($"{ResourceName} is missing from the Nutrition assembly.");
        return JsonSerializer.Deserialize<FoodSeedFile>(stream, JsonDefaults.Options)
               ?? throw new InvalidOperationException($"{ResourceName} is empty.");
    }

    /// <summary>Grams per meal for a food: its own range, else its group's.</summary>
    public PortionRange PortionOf(SeedFood food) =>
        food.Portion ?? PortionsByGroup.Where(p => p.Group == food.Group).Select(p => new PortionRange(p.MinG, p.MaxG)).FirstOrDefault()
        ?? throw new InvalidOperationException($"{ResourceName} gives no portion for the group of {food.Slug}.");

    /// <summary>The shipped foods as entities, without a database (unit tests and the seeder share this).</summary>
    public IReadOnlyList<Food> ToFoods() => [.. Foods.Select(s => s.ApplyTo(Food.Create(s.Slug), PortionOf(s)))];
}

/// <summary>Grams per meal a generated plan may serve of a food.</summary>
internal sealed record PortionRange(int MinG, int MaxG);

internal sealed record GroupPortion(FoodGroup Group, int MinG, int MaxG);

internal sealed record SeedFood(
    string Slug,
    string Name,
    FoodGroup Group,
    Diet Diet,
    List<Allergen> Allergens,
    int? FdcId,
    decimal EnergyKcal,
    decimal ProteinG,
    decimal FatG,
    decimal CarbohydrateG,
    decimal FibreG,
    PortionRange? Portion = null,
    bool CookBeforeEating = false)
{
    public Food ApplyTo(Food food, PortionRange portion)
    {
        food.Name = Name;
        food.Group = Group;
        food.Diet = Diet;
        food.Allergens = [.. Allergens.Order()];
        food.FdcId = FdcId;
        food.EnergyKcal = EnergyKcal;
        food.ProteinG = ProteinG;
        food.FatG = FatG;
        food.CarbohydrateG = CarbohydrateG;
        food.FibreG = FibreG;
        food.MinPortionG = portion.MinG;
        food.MaxPortionG = portion.MaxG;
        food.CookBeforeEating = CookBeforeEating;
        return food;
    }
}
