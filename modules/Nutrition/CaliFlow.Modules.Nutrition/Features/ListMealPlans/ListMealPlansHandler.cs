using CaliFlow.BuildingBlocks.Application;
using CaliFlow.BuildingBlocks.Mapping;
using CaliFlow.Modules.Nutrition.Persistence;
using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Nutrition.Features.ListMealPlans;

internal sealed class ListMealPlansHandler(NutritionDbContext db) : IQueryHandler<ListMealPlansQuery, Result<MealPlanPage>>
{
    public async ValueTask<Result<MealPlanPage>> Handle(ListMealPlansQuery query, CancellationToken cancellationToken)
    {
        // Newest first by UUIDv7 id; the summaries leave the (JSONB) days in the database.
        var plans = db.MealPlans.AsNoTracking().Where(p => p.UserId == query.UserId);
        if (query.Cursor is not null)
        {
            var after = Guid.Parse(query.Cursor);
            plans = plans.Where(p => p.Id.CompareTo(after) < 0);
        }

        var page = await plans.OrderByDescending(p => p.Id).Take(query.Limit + 1)
            .ProjectToType<MealPlanSummary>(ModuleMappings.Of<MealPlanSummaryMapping>())
            .ToListAsync(cancellationToken);
        var hasMore = page.Count > query.Limit;
        if (hasMore)
        {
            page.RemoveAt(page.Count - 1);
        }

        return new MealPlanPage(page, hasMore ? page[^1].Id.ToString() : null);
    }
}
