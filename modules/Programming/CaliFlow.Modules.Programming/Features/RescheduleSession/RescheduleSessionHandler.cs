using CaliFlow.BuildingBlocks;
using CaliFlow.BuildingBlocks.Application;
using CaliFlow.BuildingBlocks.Caching;
using CaliFlow.Modules.Programming.Domain;
using CaliFlow.Modules.Programming.Persistence;
using CaliFlow.Modules.Programming.Sessions;
using CaliFlow.Modules.Users.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Programming.Features.RescheduleSession;

internal sealed class RescheduleSessionHandler(ProgrammingDbContext db, IUsersQueries users, CacheInvalidation cache, TimeProvider time)
    : ICommandHandler<RescheduleSessionCommand, Result<SessionResponse>>
{
    public async ValueTask<Result<SessionResponse>> Handle(RescheduleSessionCommand command, CancellationToken cancellationToken)
    {
        var found = await db.FindChangeableAsync(command.UserId, command.SessionId, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var session = found.Value;
        var date = command.Date!.Value;
        var profile = await users.GetProfileAsync(command.UserId, cancellationToken);
        var today = LocalClock.Today(time, profile?.TimeZone ?? "UTC");
        var endDate = await db.Plans.Where(p => p.Id == session.PlanId).Select(p => p.EndDate).SingleAsync(cancellationToken);
        if (date < today || date > endDate)
        {
            return Error.Validation(
                "date_out_of_range", $"Pick a day from today ({today:yyyy-MM-dd}) to the plan's last day ({endDate:yyyy-MM-dd}).", "date");
        }

        if (await db.Sessions.AnyAsync(
                s => s.PlanId == session.PlanId && s.Id != session.Id && s.ScheduledDate == date && s.Status != SessionStatus.Skipped,
                cancellationToken))
        {
            return Error.Conflict("date_taken", $"Another session of the plan is on {date:yyyy-MM-dd}; one session a day.");
        }

        session.MoveTo(date);
        cache.Invalidate(ProgrammingCacheKeys.Today(command.UserId));
        return SessionResponse.From(session);
    }
}
