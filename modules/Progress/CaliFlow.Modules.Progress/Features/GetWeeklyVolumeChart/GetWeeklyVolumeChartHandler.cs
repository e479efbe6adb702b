using System.Globalization;
using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Progress.Charts;
using CaliFlow.Modules.Progress.Stats;
using Mediator;

namespace CaliFlow.Modules.Progress.Features.GetWeeklyVolumeChart;

/// <summary>Draws the weekly volume of the (cached) stats, so the chart and <c>GET /stats</c> never disagree.</summary>
internal sealed class GetWeeklyVolumeChartHandler(StatsReader statsReader, IExerciseCatalog exercises) : IQueryHandler<GetWeeklyVolumeChartQuery, string>
{
    public async ValueTask<string> Handle(GetWeeklyVolumeChartQuery query, CancellationToken cancellationToken)
    {
        var stats = await statsReader.GetAsync(query.UserId, cancellationToken);
        var library = await exercises.GetLibraryAsync(cancellationToken);
        var sets = query.Measure == GetWeeklyVolumeChartQuery.Sets;
        var weeks = stats.WeeklyVolume;

        var series = library.Patterns.OrderBy(p => p.SortOrder)
            .Select(p => new BarSeries(p.Name, [.. weeks.Select(w => sets ? w.SetsByPattern.GetValueOrDefault(p.Slug) : w.VolumeKgByPattern.GetValueOrDefault(p.Slug))]))
            .Where(s => s.Values.Any(v => v != 0))
            .ToList();
        return SvgChart.StackedBars(
            sets ? "Weekly sets per movement pattern" : "Weekly volume per movement pattern",
            sets ? "Sets" : "Volume (load × reps or seconds)",
            sets ? "sets" : "kg",
            "Week starting (Monday)",
            [.. weeks.Select(w => w.WeekStart)],
            week => week.ToString("MMM d", CultureInfo.InvariantCulture),
            series);
    }
}
