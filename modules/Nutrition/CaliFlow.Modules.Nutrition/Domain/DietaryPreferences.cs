using CaliFlow.BuildingBlocks.Persistence;

namespace CaliFlow.Modules.Nutrition.Domain;

/// <summary>What a user eats: their diet, allergens to avoid and foods they leave out. Meal plans never use anything else.</summary>
internal sealed class DietaryPreferences : IHasTimestamps
{
    private DietaryPreferences()
    {
    }

    public Guid UserId { get; private set; }

    public Diet Diet { get; set; } = Diet.Omnivore;

    public List<Allergen> Allergens { get; set; } = [];

    /// <summary>Slugs of foods in the food table.</summary>
    public List<string> ExcludedFoods { get; set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static DietaryPreferences For(Guid userId) => new() { UserId = userId };

    /// <summary>Whether a food may appear in this user's generated plans.</summary>
    public static bool Allows(Food food, Diet diet, IReadOnlyCollection<Allergen> allergens, IReadOnlyCollection<string> excludedFoods) =>
        food.Fits(diet) && !food.Allergens.Any(allergens.Contains) && !excludedFoods.Contains(food.Slug);
}
