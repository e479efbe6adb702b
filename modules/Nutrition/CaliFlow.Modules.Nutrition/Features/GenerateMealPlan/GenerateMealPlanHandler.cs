using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Nutrition.Domain;
using CaliFlow.Modules.Nutrition.MealPlanning;
using CaliFlow.Modules.Nutrition.Persistence;
using CaliFlow.Modules.Nutrition.Preferences;
using CaliFlow.Modules.Users.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Nutrition.Features.GenerateMealPlan;

internal sealed class GenerateMealPlanHandler(NutritionDbContext db, IUsersQueries users)
    : ICommandHandler<GenerateMealPlanCommand, Result<MealPlanResponse>>
{
    public async ValueTask<Result<MealPlanResponse>> Handle(GenerateMealPlanCommand command, CancellationToken cancellationToken)
    {
        var targets = await db.NutritionPlans.SingleOrDefaultAsync(p => p.UserId == command.UserId && p.SupersededAt == null, cancellationToken);
        if (targets is null)
        {
            return NutritionErrors.NoTargetsForMealPlan;
        }

        var saved = await db.DietaryPreferences.AsNoTracking().SingleOrDefaultAsync(p => p.UserId == command.UserId, cancellationToken);
        var diet = command.Diet ?? saved?.Diet ?? Diet.Omnivore;
        List<Allergen> allergens = [.. (command.Allergens ?? saved?.Allergens ?? []).Distinct().Order()];
        List<string> excluded = [.. (command.ExcludedFoods ?? saved?.ExcludedFoods ?? []).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        var unknown = await ExcludedFoods.UnknownAsync(db, excluded, cancellationToken);
        if (unknown.Count > 0)
        {
            return NutritionErrors.UnknownFoods(unknown, "excludedFoods");
        }

        var foods = await db.Foods.AsNoTracking().ToListAsync(cancellationToken); // ~200 rows: filtered here, by the same rule the tests use
        var allowed = foods.Where(f => DietaryPreferences.Allows(f, diet, allergens, excluded)).ToList();
        var seed = command.Seed ?? Random.Shared.Next();
        var period = command.Period!.Value;
        var days = MealPlanGenerator.Generate(
            allowed,
            new DayTargets(targets.EnergyKcal, targets.ProteinG, targets.FatG, targets.CarbohydrateG, targets.FibreG),
            period == MealPlanPeriod.Week ? 7 : 1,
            command.MealsPerDay!.Value,
            seed);
        if (days is null)
        {
            return NutritionErrors.TargetsUnreachable;
        }

        var plan = MealPlan.Create(command.UserId, targets, period, command.MealsPerDay.Value, diet, allergens, excluded, seed, days);
        db.MealPlans.Add(plan);
        await db.SaveChangesAsync(cancellationToken); // stamps CreatedAt for the response
        var units = (await users.GetProfileAsync(command.UserId, cancellationToken))?.UnitSystem ?? UnitSystem.Metric;
        return MealPlanResponse.From(plan, units);
    }
}
