using CaliFlow.Modules.Progress.Activities;
using CaliFlow.Modules.Progress.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Progress.Features.ListActivities;

internal sealed class ListActivitiesHandler(ProgressDbContext db) : IQueryHandler<ListActivitiesQuery, IReadOnlyList<ActivityResponse>>
{
    public async ValueTask<IReadOnlyList<ActivityResponse>> Handle(ListActivitiesQuery query, CancellationToken cancellationToken)
    {
        var activities = db.Activities.AsNoTracking().Where(a => a.UserId == query.UserId);
        if (query.From is { } from)
        {
            activities = activities.Where(a => a.PerformedOn >= from);
        }

        if (query.To is { } to)
        {
            activities = activities.Where(a => a.PerformedOn <= to);
        }

        var latest = await activities.OrderByDescending(a => a.StartedAt).ThenByDescending(a => a.Id)
            .Take(ListActivitiesQuery.MaxActivities).ToListAsync(cancellationToken);
        return [.. latest.Select(ActivityResponse.From)];
    }
}
