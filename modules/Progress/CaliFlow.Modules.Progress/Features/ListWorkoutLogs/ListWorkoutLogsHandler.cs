using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Progress.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Progress.Features.ListWorkoutLogs;

internal sealed class ListWorkoutLogsHandler(ProgressDbContext db) : IQueryHandler<ListWorkoutLogsQuery, Result<WorkoutLogPage>>
{
    public async ValueTask<Result<WorkoutLogPage>> Handle(ListWorkoutLogsQuery query, CancellationToken cancellationToken)
    {
        var logs = db.WorkoutLogs.AsNoTracking().Where(l => l.UserId == query.UserId);
        if (query.From is { } from)
        {
            logs = logs.Where(l => l.PerformedOn >= from);
        }

        if (query.To is { } to)
        {
            logs = logs.Where(l => l.PerformedOn <= to);
        }

        if (LogCursor.TryDecode(query.Cursor, out var after))
        {
            // A row comparison, (performed_on, id) < (...), which the keyset index serves directly.
            logs = logs.Where(l => EF.Functions.LessThan(ValueTuple.Create(l.PerformedOn, l.Id), ValueTuple.Create(after.PerformedOn, after.Id)));
        }

        var rows = await logs
            .OrderByDescending(l => l.PerformedOn).ThenByDescending(l => l.Id)
            .Take(query.Limit + 1)
            .Include(l => l.Exercises)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var page = rows.Select(l => new WorkoutLogSummary(
            l.Id, l.SessionId, l.PerformedOn, l.DurationMinutes, l.Feeling, l.Exercises.Count, l.Exercises.Sum(e => e.Sets.Count))).ToList();

        var hasMore = page.Count > query.Limit;
        if (hasMore)
        {
            page.RemoveAt(page.Count - 1);
        }

        return new WorkoutLogPage(page, hasMore ? new LogCursor(page[^1].PerformedOn, page[^1].Id).Encode() : null);
    }
}
