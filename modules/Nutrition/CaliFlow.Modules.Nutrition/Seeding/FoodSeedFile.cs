using System.Text.Json;
using CaliFlow.BuildingBlocks;
using CaliFlow.Modules.Nutrition.Domain;

namespace CaliFlow.Modules.Nutrition.Seeding;

/// <summary>The food table as shipped: Seed/foods.json, embedded in the assembly. Its "source" names where the values come from.</summary>
internal sealed record FoodSeedFile(int Version, string Source, IReadOnlyList<SeedFood> Foods)
{
    public const string ResourceName = "Seed/foods.json";

    public static FoodSeedFile Load()
    {
        using var stream = typeof(FoodSeedFile).Assembly.GetManifestResourceStream(ResourceName)
                           ?? throw new InvalidOperationException($"{ResourceName} is missing from the Nutrition assembly.");
        return JsonSerializer.Deserialize<FoodSeedFile>(stream, JsonDefaults.Options)
               ?? throw new InvalidOperationException($"{ResourceName} is empty.");
    }

    /// <summary>The shipped foods as entities, without a database (unit tests and the seeder share this).</summary>
    public IReadOnlyList<Food> ToFoods() => [.. Foods.Select(s => s.ApplyTo(Food.Create(s.Slug)))];
}

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
    decimal FibreG)
{
    public Food ApplyTo(Food food)
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
        return food;
    }
}
