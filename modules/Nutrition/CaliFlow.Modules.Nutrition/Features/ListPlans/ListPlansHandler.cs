using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Nutrition.Persistence;
using CaliFlow.Modules.Nutrition.Targets;
using CaliFlow.Modules.Users.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Nutrition.Features.ListPlans;

internal sealed class ListPlansHandler(NutritionDbContext db, IUsersQueries users) : IQueryHandler<ListPlansQuery, Result<NutritionPlanPage>>
{
    public async ValueTask<Result<NutritionPlanPage>> Handle(ListPlansQuery query, CancellationToken cancellationToken)
    {
        // Ids are UUIDv7: descending id order is newest first, and the last id on a page is the keyset position.
        var plans = db.NutritionPlans.AsNoTracking().Where(p => p.UserId == query.UserId);
        if (query.Cursor is not null)
        {
            var after = Guid.Parse(query.Cursor);
            plans = plans.Where(p => p.Id.CompareTo(after) < 0);
        }

        var page = await plans.OrderByDescending(p => p.Id).Take(query.Limit + 1).ToListAsync(cancellationToken);
        var hasMore = page.Count > query.Limit;
        if (hasMore)
        {
            page.RemoveAt(page.Count - 1);
        }

        var units = (await users.GetProfileAsync(query.UserId, cancellationToken))?.UnitSystem ?? UnitSystem.Metric;
        return new NutritionPlanPage([.. page.Select(p => NutritionPlanResponse.From(p, units))], hasMore ? page[^1].Id.ToString() : null);
    }
}
