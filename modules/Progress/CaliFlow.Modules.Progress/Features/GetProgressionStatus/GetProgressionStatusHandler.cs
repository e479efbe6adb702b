using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Progress.Domain;
using CaliFlow.Modules.Progress.Persistence;
using CaliFlow.Modules.Progress.Variations;
using CaliFlow.Modules.Users.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Progress.Features.GetProgressionStatus;

/// <summary>
/// Reads the status with auto-progression's own rules (<see cref="AutoProgression"/>): a pattern shows only exercises of that
/// pattern, the next unlock is the step auto-progression would take with the user's equipment, and only sessions after the
/// pattern's last change count towards it.
/// </summary>
internal sealed class GetProgressionStatusHandler(ProgressDbContext db, IExerciseCatalog exercises, IUsersQueries users, TimeProvider time)
    : IQueryHandler<GetProgressionStatusQuery, ProgressionStatus>
{
    /// <summary>How far back the last logged variation of a pattern is looked for.</summary>
    private const int LookBackDays = 180;

    public async ValueTask<ProgressionStatus> Handle(GetProgressionStatusQuery query, CancellationToken cancellationToken)
    {
        var since = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime).AddDays(-LookBackDays);
        var logged = await db.ExerciseLogs.AsNoTracking()
            .Join(db.WorkoutLogs.Where(l => l.UserId == query.UserId && l.PerformedOn >= since), e => e.WorkoutLogId, l => l.Id,
                (e, l) => new { e.ExerciseId, e.Pattern, l.PerformedOn, e.Sets, LogId = l.Id, l.CreatedAt })
            .ToListAsync(cancellationToken);
        var changes = await RecordedChanges.ReadAsync(db, query.UserId, patterns: null, cancellationToken);
        var equipment = (await users.GetProfileAsync(query.UserId, cancellationToken))?.Equipment ?? [];
        var library = await exercises.GetLibraryAsync(cancellationToken);
        var byId = library.Exercises.ToDictionary(e => e.Id);

        // A live exercise filed under another pattern never stands for this one (an older cross-pattern change, or a library edit).
        bool OfOtherPattern(Guid exerciseId, string pattern) => byId.TryGetValue(exerciseId, out var e) && e.Pattern != pattern;

        var patterns = new List<PatternStatus>();
        foreach (var pattern in logged.Select(l => l.Pattern).Concat(changes.Select(c => c.Pattern)).Distinct().Order(StringComparer.Ordinal))
        {
            var change = changes.FirstOrDefault(c => c.Pattern == pattern && !OfOtherPattern(c.Change.ToExerciseId, pattern));
            var currentId = change?.Change.ToExerciseId
                            ?? logged.Where(l => l.Pattern == pattern && !OfOtherPattern(l.ExerciseId, pattern))
                                .OrderByDescending(l => l.PerformedOn).ThenByDescending(l => l.CreatedAt)
                                .Select(l => (Guid?)l.ExerciseId).FirstOrDefault();
            if (currentId is null || !byId.TryGetValue(currentId.Value, out var current))
            {
                continue; // nothing of this pattern left to show, or retired since
            }

            var evidenceSince = changes.FirstOrDefault(c => c.Pattern == pattern)?.Change.At;
            var latest = logged.Where(l => l.ExerciseId == current.Id).Select(l => l.PerformedOn).DefaultIfEmpty(since).Max();
            var history = logged.Where(l => l.ExerciseId == current.Id)
                .Select(l => new ExerciseHistory(new LogPosition(l.PerformedOn, l.CreatedAt, l.LogId), l.Sets))
                .ToList();
            var next = AutoProgression.HarderSteps(library, current, equipment)
                .Select(step =>
                {
                    var qualifying = AutoProgression.QualifyingSessions(step.Edge.Rule, history, latest, evidenceSince);
                    return new NextUnlock(
                        Ref(step.To), step.Edge.Rule, qualifying, Math.Min(100m, Math.Round(100m * qualifying / step.Edge.Rule.Sessions, 1)));
                })
                .FirstOrDefault();
            patterns.Add(new PatternStatus(
                pattern,
                Ref(current),
                next,
                change is null ? null : new LastChange(change.Change.Change, change.Change.FromExerciseId, change.Reason, change.CreatedAt)));
        }

        return new ProgressionStatus(patterns);
    }

    private static ExerciseRef Ref(ExerciseInfo e) => new(e.Id, e.Slug, e.Name);
}
