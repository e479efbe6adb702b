using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Nutrition.Persistence;
using CaliFlow.Modules.Nutrition.Targets;
using CaliFlow.Modules.Users.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Nutrition.Features.GetTargets;

internal sealed class GetTargetsHandler(NutritionDbContext db, IUsersQueries users) : IQueryHandler<GetTargetsQuery, Result<NutritionPlanResponse>>
{
    public async ValueTask<Result<NutritionPlanResponse>> Handle(GetTargetsQuery query, CancellationToken cancellationToken)
    {
        var active = await db.NutritionPlans.AsNoTracking()
            .SingleOrDefaultAsync(p => p.UserId == query.UserId && p.SupersededAt == null, cancellationToken);
        if (active is null)
        {
            return NutritionErrors.TargetsNotFound;
        }

        var profile = await users.GetProfileAsync(query.UserId, cancellationToken);
        return NutritionPlanResponse.From(active, profile?.UnitSystem ?? UnitSystem.Metric);
    }
}
