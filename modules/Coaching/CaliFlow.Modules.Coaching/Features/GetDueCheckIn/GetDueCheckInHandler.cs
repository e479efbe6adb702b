using CaliFlow.BuildingBlocks;
using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Coaching.Domain;
using CaliFlow.Modules.Coaching.Persistence;
using CaliFlow.Modules.Users.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Coaching.Features.GetDueCheckIn;

internal sealed class GetDueCheckInHandler(CoachingDbContext db, IUsersQueries users, TimeProvider time) : IQueryHandler<GetDueCheckInQuery, Result<CheckInDueResponse>>
{
    public const int IntervalDays = 7;

    public async ValueTask<Result<CheckInDueResponse>> Handle(GetDueCheckInQuery query, CancellationToken cancellationToken)
    {
        var today = LocalClock.Today(time, (await users.GetProfileAsync(query.UserId, cancellationToken))?.TimeZone ?? "UTC");
        var last = await db.CheckIns.AsNoTracking().Where(c => c.UserId == query.UserId)
            .OrderByDescending(c => c.Date).Select(c => (DateOnly?)c.Date).FirstOrDefaultAsync(cancellationToken);
        var dueOn = last is { } l && l.AddDays(IntervalDays) > today ? l.AddDays(IntervalDays) : today;
        return new CheckInDueResponse(dueOn <= today, today, last, dueOn, [.. BodyRegions.Names]);
    }
}
