using CaliFlow.BuildingBlocks;
using CaliFlow.Modules.Progress.Charts;
using CaliFlow.Modules.Progress.Domain;
using CaliFlow.Modules.Progress.Persistence;
using CaliFlow.Modules.Users.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Progress.Features.GetBodyweightChart;

internal sealed class GetBodyweightChartHandler(ProgressDbContext db, IUsersQueries users, TimeProvider time) : IQueryHandler<GetBodyweightChartQuery, string>
{
    public async ValueTask<string> Handle(GetBodyweightChartQuery query, CancellationToken cancellationToken)
    {
        var to = query.To ?? LocalClock.Today(time, (await users.GetProfileAsync(query.UserId, cancellationToken))?.TimeZone ?? "UTC");
        var from = query.From ?? to.AddYears(-1);
        var readings = await db.Metrics.AsNoTracking()
            .Where(m => m.UserId == query.UserId && m.Type == MetricType.BodyWeight && m.RecordedOn >= from && m.RecordedOn <= to)
            .OrderBy(m => m.RecordedOn).ThenBy(m => m.Id)
            .Select(m => new { m.RecordedOn, m.Data })
            .ToListAsync(cancellationToken);

        // Several readings on one day: the last one recorded stands for the day.
        var points = readings.Where(r => r.Data.BodyWeight?.WeightKg is not null)
            .GroupBy(r => r.RecordedOn)
            .Select(g => new ChartPoint(g.Key, g.Last().Data.BodyWeight!.WeightKg!.Value))
            .ToList();
        return SvgChart.Lines("Body weight", "Body weight", "kg", [new LineSeries("Body weight", points)], [], zeroBased: false);
    }
}
