using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Progress.Features.GetWorkoutLog;
using CaliFlow.Modules.Progress.Features.RecordMetric;
using CaliFlow.Modules.Progress.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Progress.Features.GetSyncChanges;

/// <summary>
/// Changes ordered by (updated_at, id). Only rows older than a settling window are handed out: a transaction stamps
/// updated_at before it commits, so a newer row can become visible before an older one; waiting a minute means the cursor
/// never moves past a row that is still on its way.
/// </summary>
internal sealed class GetSyncChangesHandler(ProgressDbContext db, TimeProvider time) : IQueryHandler<GetSyncChangesQuery, Result<SyncChanges>>
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

        var merged = logs.Select(l => (At: l.UpdatedAt, l.Id, Log: (Domain.WorkoutLog?)l, Metric: (Domain.ProgressMetric?)null))
            .Concat(metrics.Select(m => (At: m.UpdatedAt, m.Id, Log: (Domain.WorkoutLog?)null, Metric: (Domain.ProgressMetric?)m)))
            .OrderBy(c => c.At).ThenBy(c => c.Id)
            .ToList();
        var page = merged.Take(query.Limit).ToList();
        var next = page.Count > 0 ? new ChangeCursor(page[^1].At, page[^1].Id).Encode() : query.Since;

        return new SyncChanges(
            [.. page.Where(c => c.Log is { DeletedAt: null }).Select(c => WorkoutLogResponse.From(c.Log!))],
            [.. page.Where(c => c.Log is { DeletedAt: not null }).Select(c => c.Log!.Id)],
            [.. page.Where(c => c.Metric is not null).Select(c => MetricResponse.From(c.Metric!))],
            next,
            merged.Count > query.Limit);
    }
}
