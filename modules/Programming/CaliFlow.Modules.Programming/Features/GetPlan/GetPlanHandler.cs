using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Programming.Persistence;
using CaliFlow.Modules.Programming.Plans;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Programming.Features.GetPlan;

internal sealed class GetPlanHandler(ProgrammingDbContext db) : IQueryHandler<GetPlanQuery, Result<PlanResponse>>
{
    public async ValueTask<Result<PlanResponse>> Handle(GetPlanQuery query, CancellationToken cancellationToken)
    {
        // Someone else's plan is "not found", not "forbidden": ids of other users' plans are not confirmed.
        var plan = await db.Plans.AsNoTracking().SingleOrDefaultAsync(p => p.Id == query.PlanId && p.UserId == query.UserId, cancellationToken);
        if (plan is null)
        {
            return ProgrammingErrors.PlanNotFound;
        }

        var sessions = await db.Sessions.AsNoTracking().Where(s => s.PlanId == plan.Id).ToListAsync(cancellationToken);
        return PlanResponse.From(plan, sessions);
    }
}
