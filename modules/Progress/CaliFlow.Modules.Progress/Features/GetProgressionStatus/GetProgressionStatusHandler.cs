using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Progress.Domain;
using CaliFlow.Modules.Progress.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Progress.Features.GetProgressionStatus;

internal sealed class GetProgressionStatusHandler(ProgressDbContext db, IExerciseCatalog exercises, TimeProvider time)
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
        var changes = await db.VariationChanges.AsNoTracking()
            .Where(c => c.UserId == query.UserId)
            .OrderByDescending(c => c.CreatedAt)
            .ToListAsync(cancellationToken);
        var library = await exercises.GetLibraryAsync(cancellationToken);
        var byId = library.Exercises.ToDictionary(e => e.Id);

        var patterns = new List<PatternStatus>();
        foreach (var pattern in logged.Select(l => l.Pattern).Concat(changes.Select(c => c.Pattern)).Distinct().Order(StringComparer.Ordinal))
        {
            var change = changes.FirstOrDefault(c => c.Pattern == pattern);
            var currentId = change?.ToExerciseId
                            ?? logged.Where(l => l.Pattern == pattern).OrderByDescending(l => l.PerformedOn).ThenByDescending(l => l.CreatedAt).First().ExerciseId;
            if (!byId.TryGetValue(currentId, out var current))
            {
                continue; // retired since
            }

            var latest = logged.Where(l => l.ExerciseId == currentId).Select(l => l.PerformedOn).DefaultIfEmpty(since).Max();
            var history = logged.Where(l => l.ExerciseId == currentId).Select(l => new ExerciseHistory(l.LogId, l.PerformedOn, l.Sets)).ToList();
            var next = library.Progressions
                .Where(p => p.FromId == currentId && byId.ContainsKey(p.ToId))
                .OrderBy(p => byId[p.ToId].Difficulty).ThenBy(p => byId[p.ToId].Slug, StringComparer.Ordinal)
                .Select(p =>
                {
                    var qualifying = AutoProgression.QualifyingSessions(p.Rule, history, latest);
                    return new NextUnlock(Ref(byId[p.ToId]), p.Rule, qualifying, Math.Min(100m, Math.Round(100m * qualifying / p.Rule.Sessions, 1)));
                })
                .FirstOrDefault();
            patterns.Add(new PatternStatus(
                pattern,
                Ref(current),
                next,
                change is null ? null : new LastChange(change.Change, change.FromExerciseId, change.Reason, change.CreatedAt)));
        }

        return new ProgressionStatus(patterns);
    }

    private static ExerciseRef Ref(ExerciseInfo e) => new(e.Id, e.Slug, e.Name);
}
