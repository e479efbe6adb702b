using CaliFlow.BuildingBlocks.Persistence;

namespace CaliFlow.Modules.Nutrition.Domain;

/// <summary>Diets from least to most restrictive: a food fits every diet up to the one it is marked with.</summary>
internal enum Diet
{
    Omnivore,
    Vegetarian,
    Vegan,
}

internal enum Allergen
{
    Gluten,
    Dairy,
    Egg,
    Nuts,
    Peanuts,
    Soy,
    Fish,
    Shellfish,
    Sesame,
}

internal enum FoodGroup
{
    Poultry,
    Meat,
    Fish,
    Shellfish,
    Eggs,
    Dairy,
    Cheese,
    PlantProteins,
    Legumes,
    Cereals,
    Bread,
    Grains,
    StarchyVegetables,
    Vegetables,
    Fruits,
    NutsAndSeeds,
    FatsAndOils,
}

/// <summary>
/// A row of the shipped food table (Seed/foods.json, from USDA FoodData Central): nutrients per 100 g, the strictest diet the
/// food fits and the allergens it contains. Identified by its slug, which meal plans and preferences refer to.
/// </summary>
internal sealed class Food : IHasTimestamps
{
    private Food()
    {
    }

    public string Slug { get; private set; } = "";

    public string Name { get; set; } = "";

    public FoodGroup Group { get; set; }

    /// <summary>The strictest diet the food fits (vegan food fits every diet).</summary>
    public Diet Diet { get; set; }

    public List<Allergen> Allergens { get; set; } = [];

    /// <summary>The FoodData Central record the values come from, where it was recorded.</summary>
    public int? FdcId { get; set; }

    public decimal EnergyKcal { get; set; }

    public decimal ProteinG { get; set; }

    public decimal FatG { get; set; }

    /// <summary>Carbohydrate by difference, fibre included (as USDA reports it).</summary>
    public decimal CarbohydrateG { get; set; }

    public decimal FibreG { get; set; }

    /// <summary>
    /// The least a generated meal serves of this food, in grams (a multiple of 5): a typical serving's lower end, so plans hold
    /// no token 5 g of nuts or 30 g of cod. User edits are not held to it.
    /// </summary>
    public int MinPortionG { get; set; }

    /// <summary>The most a generated meal serves, in grams (a multiple of 5): no 600 g of cottage cheese.</summary>
    public int MaxPortionG { get; set; }

    /// <summary>
    /// A raw form of a food people eat cooked (raw egg, raw Brussels sprouts). It stays in the table for look-ups and edits, but
    /// generated plans use its cooked entry instead.
    /// </summary>
    public bool CookBeforeEating { get; set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static Food Create(string slug) => new() { Slug = slug };

    public bool Fits(Diet diet) => Diet >= diet;
}
