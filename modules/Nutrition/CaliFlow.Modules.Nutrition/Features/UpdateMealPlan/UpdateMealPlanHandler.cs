using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Nutrition.Domain;
using CaliFlow.Modules.Nutrition.MealPlanning;
using CaliFlow.Modules.Nutrition.Persistence;
using CaliFlow.Modules.Users.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Nutrition.Features.UpdateMealPlan;

internal sealed class UpdateMealPlanHandler(NutritionDbContext db, IUsersQueries users)
    : ICommandHandler<UpdateMealPlanCommand, Result<MealPlanResponse>>
{
    public async ValueTask<Result<MealPlanResponse>> Handle(UpdateMealPlanCommand command, CancellationToken cancellationToken)
    {
        var plan = await db.MealPlans.SingleOrDefaultAsync(p => p.Id == command.Id && p.UserId == command.UserId, cancellationToken);
        if (plan is null)
        {
            return NutritionErrors.MealPlanNotFound;
        }

        var expectedDays = plan.Period == MealPlanPeriod.Week ? 7 : 1;
        if (command.Days!.Count != expectedDays)
        {
            return Error.Validation("wrong_day_count", $"This plan is for a {plan.Period.ToString().ToLowerInvariant()}: send {expectedDays} day(s).", "days");
        }

        var slugs = command.Days.SelectMany(d => d.Meals!).SelectMany(m => m.Items!).Select(i => i.Food!).Distinct(StringComparer.Ordinal).ToList();
        var foods = await db.Foods.AsNoTracking().Where(f => slugs.Contains(f.Slug)).ToDictionaryAsync(f => f.Slug, StringComparer.Ordinal, cancellationToken);
        for (var d = 0; d < command.Days.Count; d++)
        {
            for (var m = 0; m < command.Days[d].Meals!.Count; m++)
            {
                var items = command.Days[d].Meals![m].Items!;
                for (var i = 0; i < items.Count; i++)
                {
                    if (!foods.ContainsKey(items[i].Food!))
                    {
                        return NutritionErrors.UnknownFoods([items[i].Food!], $"days[{d}].meals[{m}].items[{i}].food");
                    }
                }
            }
        }

        // The user may eat what they like: edits are not held to the plan's diet, only generated plans are.
        plan.ReplaceDays([.. command.Days.Select((day, d) => new MealPlanDay(
            d + 1,
            [.. day.Meals!.Select(meal => new Meal(
                meal.Name!.Trim(),
                [.. meal.Items!.Select(item => MealItem.Of(foods[item.Food!], item.Grams ?? Units.OuncesToGrams(item.Ounces!.Value)))]))]))]);
        await db.SaveChangesAsync(cancellationToken); // stamps UpdatedAt for the response
        var units = (await users.GetProfileAsync(command.UserId, cancellationToken))?.UnitSystem ?? UnitSystem.Metric;
        return MealPlanResponse.From(plan, units);
    }
}
