using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Nutrition.MealPlanning;
using CaliFlow.Modules.Nutrition.Persistence;
using CaliFlow.Modules.Users.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Nutrition.Features.GetMealPlan;

internal sealed class GetMealPlanHandler(NutritionDbContext db, IUsersQueries users) : IQueryHandler<GetMealPlanQuery, Result<MealPlanResponse>>
{
    public async ValueTask<Result<MealPlanResponse>> Handle(GetMealPlanQuery query, CancellationToken cancellationToken)
    {
        var plan = await db.MealPlans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == query.Id && p.UserId == query.UserId, cancellationToken);
        if (plan is null)
        {
            return NutritionErrors.MealPlanNotFound;
        }

        var units = (await users.GetProfileAsync(query.UserId, cancellationToken))?.UnitSystem ?? UnitSystem.Metric;
        return MealPlanResponse.From(plan, units);
    }
}
