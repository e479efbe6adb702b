using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Coaching.CheckIns;
using CaliFlow.Modules.Coaching.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Coaching.Features.ListCheckIns;

internal sealed class ListCheckInsHandler(CoachingDbContext db) : IQueryHandler<ListCheckInsQuery, Result<CheckInPage>>
{
    public async ValueTask<Result<CheckInPage>> Handle(ListCheckInsQuery query, CancellationToken cancellationToken)
    {
        // Newest first by date, which is unique per user: the date is the keyset cursor.
        var checkIns = db.CheckIns.AsNoTracking().Where(c => c.UserId == query.UserId);
        if (query.Before is { } before)
        {
            checkIns = checkIns.Where(c => c.Date < before);
        }

        var page = await checkIns.OrderByDescending(c => c.Date).Take(query.Limit + 1).ToListAsync(cancellationToken);
        var hasMore = page.Count > query.Limit;
        if (hasMore)
        {
            page.RemoveAt(page.Count - 1);
        }

        return new CheckInPage([.. page.Select(CheckInResponse.From)], hasMore ? page[^1].Date : null);
    }
}
