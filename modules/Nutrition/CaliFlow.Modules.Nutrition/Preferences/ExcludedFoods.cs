using CaliFlow.Modules.Nutrition.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Nutrition.Preferences;

/// <summary>Foods a user leaves out, named by slug: in the saved preferences and for one generated meal plan.</summary>
internal static class ExcludedFoods
{
    /// <summary>The slugs that name no food in the table.</summary>
    public static async Task<List<string>> UnknownAsync(NutritionDbContext db, IReadOnlyCollection<string> slugs, CancellationToken cancellationToken)
    {
        if (slugs.Count == 0)
        {
            return [];
        }

        var known = await db.Foods.Where(f => slugs.Contains(f.Slug)).Select(f => f.Slug).ToListAsync(cancellationToken);
        return [.. slugs.Except(known, StringComparer.Ordinal)];
    }
}
