using CaliFlow.Modules.Progress.Domain;
using CaliFlow.Modules.Progress.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Progress.Variations;

/// <summary>A stored variation change with the position of the log whose evaluation made it.</summary>
internal sealed record RecordedChange(string Pattern, PatternChange Change, string Reason, DateTimeOffset CreatedAt);

/// <summary>
/// A user's variation changes, newest first by the position of the log that made them (its date, then when it was recorded),
/// so the first of a pattern is the one its evidence starts after. Read by the tracker and the status alike, so both count
/// the same sessions.
/// </summary>
internal static class RecordedChanges
{
    public static async Task<List<RecordedChange>> ReadAsync(
        ProgressDbContext db, Guid userId, IReadOnlyCollection<string>? patterns, CancellationToken cancellationToken)
    {
        var changes = db.VariationChanges.AsNoTracking().Where(c => c.UserId == userId);
        if (patterns is not null)
        {
            changes = changes.Where(c => patterns.Contains(c.Pattern));
        }

        // A deleted log still places the change it made: the join ignores the soft-delete filter.
        var rows = await changes
            .Join(db.WorkoutLogs.IgnoreQueryFilters().Where(l => l.UserId == userId), c => c.WorkoutLogId, l => l.Id,
                (c, l) => new { c.Pattern, l.PerformedOn, LogCreatedAt = l.CreatedAt, LogId = l.Id, c.FromExerciseId, c.ToExerciseId, c.Change, c.Reason, c.CreatedAt })
            .ToListAsync(cancellationToken);
        return
        [
            .. rows
                .Select(r => new RecordedChange(
                    r.Pattern,
                    new PatternChange(new LogPosition(r.PerformedOn, r.LogCreatedAt, r.LogId), r.FromExerciseId, r.ToExerciseId, r.Change),
                    r.Reason,
                    r.CreatedAt))
                .OrderByDescending(r => r.Change.At).ThenByDescending(r => r.CreatedAt),
        ];
    }
}
