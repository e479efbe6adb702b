using CaliFlow.BuildingBlocks;
using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Progress.Domain;
using CaliFlow.Modules.Progress.Metrics;
using CaliFlow.Modules.Progress.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Progress.Features.ListMetrics;

internal sealed class ListMetricsHandler(ProgressDbContext db) : IQueryHandler<ListMetricsQuery, Result<IReadOnlyList<MetricResponse>>>
{
    public async ValueTask<Result<IReadOnlyList<MetricResponse>>> Handle(ListMetricsQuery query, CancellationToken cancellationToken)
    {
        var metrics = db.Metrics.AsNoTracking().Where(m => m.UserId == query.UserId);
        if (query.Type is not null)
        {
            var type = EnumNames<MetricType>.Parse(query.Type);
            metrics = metrics.Where(m => m.Type == type);
        }

        if (query.From is { } from)
        {
            metrics = metrics.Where(m => m.RecordedOn >= from);
        }

        if (query.To is { } to)
        {
            metrics = metrics.Where(m => m.RecordedOn <= to);
        }

        // The latest readings when there are more than a chart's worth, returned oldest first.
        var latest = await metrics.OrderByDescending(m => m.RecordedOn).ThenByDescending(m => m.Id)
            .Take(ListMetricsQuery.MaxReadings).ToListAsync(cancellationToken);
        return latest.AsEnumerable().Reverse().Select(MetricResponse.From).ToList();
    }
}
