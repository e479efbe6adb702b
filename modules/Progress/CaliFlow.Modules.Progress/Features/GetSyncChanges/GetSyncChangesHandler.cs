using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Progress.Domain;
using CaliFlow.Modules.Progress.LiveWorkouts;
using CaliFlow.Modules.Progress.Metrics;
using CaliFlow.Modules.Progress.Persistence;
using CaliFlow.Modules.Progress.Photos;
using CaliFlow.Modules.Progress.WorkoutLogs;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Progress.Features.GetSyncChanges;

/// <summary>
/// Changes ordered by (updated_at, id). Only rows older than a settling window are handed out: a row's trigger stamps
/// updated_at when it is written, before its transaction commits, so a newer row can become visible before an older one;
/// waiting a minute means the cursor never moves past a row that is still on its way. The stamps are the database's clock
/// and the window is measured on the API's: the two must agree to well within the minute.
/// </summary>
internal sealed class GetSyncChangesHandler(ProgressDbContext db, IExerciseCatalog exercises, TimeProvider time) : IQueryHandler<GetSyncChangesQuery, Result<SyncChanges>>
{
    public static readonly TimeSpan SettlingWindow = TimeSpan.FromMinutes(1);

    public async ValueTask<Result<SyncChanges>> Handle(GetSyncChangesQuery query, CancellationToken cancellationToken)
    {
        var settled = time.GetUtcNow() - SettlingWindow;
        var from = ChangeCursor.TryDecode(query.Since, out var cursor) ? cursor : new ChangeCursor(DateTimeOffset.MinValue, Guid.Empty);

        var logs = await db.WorkoutLogs.IgnoreQueryFilters().AsNoTracking().Include(l => l.Exercises)
            .Where(l => l.UserId == query.UserId && l.UpdatedAt < settled &&
                        EF.Functions.GreaterThan(ValueTuple.Create(l.UpdatedAt, l.Id), ValueTuple.Create(from.At, from.Id)))
            .OrderBy(l => l.UpdatedAt).ThenBy(l => l.Id)
            .Take(query.Limit + 1)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var metrics = await db.Metrics.AsNoTracking()
            .Where(m => m.UserId == query.UserId && m.UpdatedAt < settled &&
                        EF.Functions.GreaterThan(ValueTuple.Create(m.UpdatedAt, m.Id), ValueTuple.Create(from.At, from.Id)))
            .OrderBy(m => m.UpdatedAt).ThenBy(m => m.Id)
            .Take(query.Limit + 1)
            .ToListAsync(cancellationToken);

        var photos = await db.Photos.IgnoreQueryFilters().AsNoTracking()
            .Where(p => p.UserId == query.UserId && p.UpdatedAt < settled &&
                        EF.Functions.GreaterThan(ValueTuple.Create(p.UpdatedAt, p.Id), ValueTuple.Create(from.At, from.Id)))
            .OrderBy(p => p.UpdatedAt).ThenBy(p => p.Id)
            .Take(query.Limit + 1)
            .ToListAsync(cancellationToken);

        var live = await db.LiveWorkouts.IgnoreQueryFilters().AsNoTracking().Include(l => l.Sets)
            .Where(l => l.UserId == query.UserId && l.UpdatedAt < settled &&
                        EF.Functions.GreaterThan(ValueTuple.Create(l.UpdatedAt, l.Id), ValueTuple.Create(from.At, from.Id)))
            .OrderBy(l => l.UpdatedAt).ThenBy(l => l.Id)
            .Take(query.Limit + 1)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);

        // Each list is in cursor order; the page is the first Limit changes of the four together.
        var merged = logs.Select(l => new Change(l.UpdatedAt, l.Id, l))
            .Concat(metrics.Select(m => new Change(m.UpdatedAt, m.Id, m)))
            .Concat(photos.Select(p => new Change(p.UpdatedAt, p.Id, p)))
            .Concat(live.Select(l => new Change(l.UpdatedAt, l.Id, l)))
            .OrderBy(c => c.At).ThenBy(c => c.Id)
            .ToList();
        var page = merged.Take(query.Limit).Select(c => c.Row).ToList();
        var library = await exercises.GetLibraryAsync(cancellationToken);
        var next = page.Count > 0 ? new ChangeCursor(merged[page.Count - 1].At, merged[page.Count - 1].Id).Encode() : query.Since;

        return new SyncChanges(
            [.. page.OfType<WorkoutLog>().Where(l => l.DeletedAt is null).Select(WorkoutLogResponse.From)],
            [.. page.OfType<WorkoutLog>().Where(l => l.DeletedAt is not null).Select(l => l.Id)],
            [.. page.OfType<ProgressMetric>().Select(MetricResponse.From)],
            [.. page.OfType<ProgressPhoto>().Where(p => p.DeletedAt is null).Select(PhotoResponse.From)],
            [.. page.OfType<ProgressPhoto>().Where(p => p.DeletedAt is not null).Select(p => p.Id)],
            [.. page.OfType<LiveWorkout>().Where(l => l.DeletedAt is null).Select(l => LiveWorkoutResponse.From(l, library))],
            [.. page.OfType<LiveWorkout>().Where(l => l.DeletedAt is not null).Select(l => l.Id)],
            next,
            merged.Count > query.Limit);
    }

    private sealed record Change(DateTimeOffset At, Guid Id, object Row);
}
