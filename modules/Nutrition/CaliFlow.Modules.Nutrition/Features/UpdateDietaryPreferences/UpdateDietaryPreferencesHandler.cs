using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Nutrition.Domain;
using CaliFlow.Modules.Nutrition.Features.GetDietaryPreferences;
using CaliFlow.Modules.Nutrition.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Nutrition.Features.UpdateDietaryPreferences;

internal sealed class UpdateDietaryPreferencesHandler(NutritionDbContext db)
    : ICommandHandler<UpdateDietaryPreferencesCommand, Result<DietaryPreferencesResponse>>
{
    public async ValueTask<Result<DietaryPreferencesResponse>> Handle(UpdateDietaryPreferencesCommand command, CancellationToken cancellationToken)
    {
        var excluded = (command.ExcludedFoods ?? []).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var unknown = await UnknownFoodsAsync(db, excluded, cancellationToken);
        if (unknown.Count > 0)
        {
            return NutritionErrors.UnknownFoods(unknown, "excludedFoods");
        }

        var preferences = await db.DietaryPreferences.SingleOrDefaultAsync(p => p.UserId == command.UserId, cancellationToken);
        if (preferences is null)
        {
            preferences = DietaryPreferences.For(command.UserId);
            db.DietaryPreferences.Add(preferences);
        }

        preferences.Diet = command.Diet!.Value;
        preferences.Allergens = [.. (command.Allergens ?? []).Distinct().Order()];
        preferences.ExcludedFoods = excluded;
        return DietaryPreferencesResponse.From(preferences);
    }

    /// <summary>The slugs that name no food in the table.</summary>
    public static async Task<List<string>> UnknownFoodsAsync(NutritionDbContext db, IReadOnlyCollection<string> slugs, CancellationToken cancellationToken)
    {
        if (slugs.Count == 0)
        {
            return [];
        }

        var known = await db.Foods.Where(f => slugs.Contains(f.Slug)).Select(f => f.Slug).ToListAsync(cancellationToken);
        return [.. slugs.Except(known, StringComparer.Ordinal)];
    }
}
