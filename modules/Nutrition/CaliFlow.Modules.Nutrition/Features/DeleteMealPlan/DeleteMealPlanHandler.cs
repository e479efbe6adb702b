using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Nutrition.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Nutrition.Features.DeleteMealPlan;

/// <summary>Meal plans are the user's own drafts, referenced by nothing: deleting removes the row.</summary>
internal sealed class DeleteMealPlanHandler(NutritionDbContext db) : ICommandHandler<DeleteMealPlanCommand, Result<Deleted>>
{
    public async ValueTask<Result<Deleted>> Handle(DeleteMealPlanCommand command, CancellationToken cancellationToken)
    {
        var plan = await db.MealPlans.SingleOrDefaultAsync(p => p.Id == command.Id && p.UserId == command.UserId, cancellationToken);
        if (plan is null)
        {
            return NutritionErrors.MealPlanNotFound;
        }

        db.MealPlans.Remove(plan);
        return new Deleted();
    }
}
