using CaliFlow.BuildingBlocks;
using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Programming.Domain;
using CaliFlow.Modules.Programming.Persistence;
using CaliFlow.Modules.Programming.Planning;
using CaliFlow.Modules.Programming.Sessions;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Programming.Features.ListPlanSessions;

internal sealed class ListPlanSessionsHandler(ProgrammingDbContext db, TimeProvider time)
    : IQueryHandler<ListPlanSessionsQuery, Result<PlanWeekResponse>>
{
    public async ValueTask<Result<PlanWeekResponse>> Handle(ListPlanSessionsQuery query, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.AsNoTracking()
            .Where(p => p.UserId == query.UserId && p.Status == PlanStatus.Active)
            .Select(p => new { p.Id, p.StartDate, p.TimeZone })
            .SingleOrDefaultAsync(cancellationToken);
        if (plan is null)
        {
            return ProgrammingErrors.NoActivePlan;
        }

        var today = LocalClock.Today(time, plan.TimeZone);
        var week = query.Week ?? Math.Clamp((today.DayNumber - plan.StartDate.DayNumber) / 7 + 1, 1, Blocks.Weeks);
        var sessions = await db.Sessions.AsNoTracking().Include(s => s.Exercises)
            .Where(s => s.PlanId == plan.Id && s.Week == week)
            .OrderBy(s => s.ScheduledDate)
            .ToListAsync(cancellationToken);
        return new PlanWeekResponse(plan.Id, week, [.. sessions.Select(SessionResponse.From)]);
    }
}
