using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Progress.Charts;
using CaliFlow.Modules.Progress.Contracts;
using CaliFlow.Modules.Progress.Domain;
using CaliFlow.Modules.Progress.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Progress.Features.GetExerciseChart;

internal sealed class GetExerciseChartHandler(ProgressDbContext db, IExerciseCatalog exercises) : IQueryHandler<GetExerciseChartQuery, Result<string>>
{
    public async ValueTask<Result<string>> Handle(GetExerciseChartQuery query, CancellationToken cancellationToken)
    {
        var library = await exercises.GetLibraryAsync(cancellationToken);
        var exercise = library.Find(query.Exercise);
        if (exercise is null)
        {
            return Error.NotFound("exercise_not_found", "No exercise has this id or slug.");
        }

        var chain = Chain(library, exercise);
        var ids = chain.Keys.ToList();
        var done = await db.ExerciseLogs.AsNoTracking()
            .Where(e => ids.Contains(e.ExerciseId))
            .Join(db.WorkoutLogs.Where(l => l.UserId == query.UserId), e => e.WorkoutLogId, l => l.Id, (e, l) => new { e.ExerciseId, l.PerformedOn, e.Sets })
            .ToListAsync(cancellationToken);
        var changes = await db.VariationChanges.AsNoTracking()
            .Where(c => c.UserId == query.UserId && (ids.Contains(c.FromExerciseId) || ids.Contains(c.ToExerciseId)))
            .Join(db.WorkoutLogs.IgnoreQueryFilters(), c => c.WorkoutLogId, l => l.Id, (c, l) => new { c.ToExerciseId, c.Change, l.PerformedOn })
            .ToListAsync(cancellationToken);

        var hold = exercise.Unit == ExerciseUnit.HoldSeconds;
        var series = done
            .GroupBy(d => d.ExerciseId)
            .OrderBy(g => chain[g.Key].Difficulty).ThenBy(g => chain[g.Key].Slug, StringComparer.Ordinal)
            .Select(g => new LineSeries(
                chain[g.Key].Name,
                [.. g.GroupBy(d => d.PerformedOn).Select(day => new ChartPoint(day.Key, day.SelectMany(d => d.Sets).Max(s => Best(s, hold))))]))
            .ToList();
        var markers = changes
            .Select(c => new ChartMarker(
                c.PerformedOn,
                $"{(c.Change == VariationChange.Advanced ? "↑" : "↓")} {library.Exercises.FirstOrDefault(e => e.Id == c.ToExerciseId)?.Name}"))
            .ToList();

        return SvgChart.Lines(
            $"{exercise.Name}: best set per session", hold ? "Longest hold" : "Most reps", hold ? "s" : "reps", series, markers, zeroBased: true);
    }

    private static decimal Best(PerformedSet set, bool hold) => (hold ? set.HoldSeconds : set.Reps) ?? 0;

    /// <summary>The exercise and every variation joined to it by easier/harder steps, in the same pattern and unit.</summary>
    private static Dictionary<Guid, ExerciseInfo> Chain(ExerciseLibrary library, ExerciseInfo start)
    {
        var byId = library.Exercises.ToDictionary(e => e.Id);
        var chain = new Dictionary<Guid, ExerciseInfo> { [start.Id] = start };
        var queue = new Queue<Guid>([start.Id]);
        while (queue.TryDequeue(out var id))
        {
            foreach (var edge in library.Progressions.Where(p => p.FromId == id || p.ToId == id))
            {
                var next = edge.FromId == id ? edge.ToId : edge.FromId;
                if (byId.TryGetValue(next, out var neighbour) && neighbour.Pattern == start.Pattern && neighbour.Unit == start.Unit &&
                    chain.TryAdd(next, neighbour))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return chain;
    }
}
