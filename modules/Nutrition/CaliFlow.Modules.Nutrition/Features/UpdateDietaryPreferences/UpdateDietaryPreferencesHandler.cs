using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Nutrition.Domain;
using CaliFlow.Modules.Nutrition.Persistence;
using CaliFlow.Modules.Nutrition.Preferences;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Nutrition.Features.UpdateDietaryPreferences;

internal sealed class UpdateDietaryPreferencesHandler(NutritionDbContext db)
    : ICommandHandler<UpdateDietaryPreferencesCommand, Result<DietaryPreferencesResponse>>
{
    public async ValueTask<Result<DietaryPreferencesResponse>> Handle(UpdateDietaryPreferencesCommand command, CancellationToken cancellationToken)
    {
        var excluded = (command.ExcludedFoods ?? []).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var unknown = await ExcludedFoods.UnknownAsync(db, excluded, cancellationToken);
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
}
