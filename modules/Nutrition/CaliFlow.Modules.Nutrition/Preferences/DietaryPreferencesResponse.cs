using CaliFlow.Modules.Nutrition.Domain;

namespace CaliFlow.Modules.Nutrition.Preferences;

/// <param name="ExcludedFoods">Slugs of foods (GET /foods) never to put in a plan.</param>
internal sealed record DietaryPreferencesResponse(Diet Diet, IReadOnlyList<Allergen> Allergens, IReadOnlyList<string> ExcludedFoods)
{
    /// <summary>What a user who never said anything gets: an omnivore without restrictions.</summary>
    public static readonly DietaryPreferencesResponse Default = new(Diet.Omnivore, [], []);

    public static DietaryPreferencesResponse From(DietaryPreferences? p) =>
        p is null ? Default : new(p.Diet, p.Allergens, p.ExcludedFoods);
}
