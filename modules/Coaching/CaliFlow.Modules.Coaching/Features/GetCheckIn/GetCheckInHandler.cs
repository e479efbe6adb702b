using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Coaching.CheckIns;
using CaliFlow.Modules.Coaching.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Coaching.Features.GetCheckIn;

internal sealed class GetCheckInHandler(CoachingDbContext db) : IQueryHandler<GetCheckInQuery, Result<CheckInResponse>>
{
    public async ValueTask<Result<CheckInResponse>> Handle(GetCheckInQuery query, CancellationToken cancellationToken)
    {
        var checkIn = await db.CheckIns.AsNoTracking()
            .SingleOrDefaultAsync(c => c.Id == query.CheckInId && c.UserId == query.UserId, cancellationToken);
        return checkIn is null ? CoachingErrors.CheckInNotFound : CheckInResponse.From(checkIn);
    }
}
