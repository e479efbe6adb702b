using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Programming.Domain;
using CaliFlow.Modules.Programming.Persistence;
using CaliFlow.Modules.Programming.Plans;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Programming.Features.GetCurrentPlan;

internal sealed class GetCurrentPlanHandler(ProgrammingDbContext db) : IQueryHandler<GetCurrentPlanQuery, Result<PlanResponse>>
{
    public async ValueTask<Result<PlanResponse>> Handle(GetCurrentPlanQuery query, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.AsNoTracking()
            .SingleOrDefaultAsync(p => p.UserId == query.UserId && p.Status == PlanStatus.Active, cancellationToken);
        if (plan is null)
        {
            return ProgrammingErrors.NoActivePlan;
        }

        var sessions = await db.Sessions.AsNoTracking().Where(s => s.PlanId == plan.Id).ToListAsync(cancellationToken);
        return PlanResponse.From(plan, sessions);
    }
}
