using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Programming.Contracts;
using CaliFlow.Modules.Progress.Domain;
using CaliFlow.Modules.Progress.WorkoutLogs;

namespace CaliFlow.Modules.Progress.LiveWorkouts;

/// <summary>
/// Turns a live workout's sets and changes into a workout log with its id, through <see cref="WorkoutLogWriter"/>: stats,
/// auto-progression and the WorkoutLogged event exactly as for an uploaded log. Used when the user finishes and when an
/// unfinished workout is closed for them.
/// </summary>
internal sealed class LiveWorkoutFinisher(WorkoutLogWriter writer, IProgrammingQueries programming, IExerciseCatalog exercises)
{
    public async Task<Result<(bool Created, WorkoutLog Log)>> FinishAsync(
        LiveWorkout live, int durationMinutes, Feeling? feeling, string? notes, decimal? bodyWeightKg, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        // A session deleted meanwhile (a new plan) does not lose the workout: it is logged as one of the user's own. Nor does
        // a session rewritten meanwhile (auto-progression): changes that no longer fit its prescription are left out.
        var prescription = live.SessionId is { } id ? await programming.GetSessionAsync(live.UserId, id, cancellationToken) : null;
        var library = await exercises.GetLibraryAsync(cancellationToken);
        var changes = live.Changes
            .Select(c => new RequestedChange(c.Kind, c.ExerciseId.ToString(), c.ReplacementId?.ToString(), c.Reason))
            .Where(c => SessionChanges.Resolve(c, prescription, library, "").IsSuccess)
            .ToList();
        var log = new LogWorkoutCommand(
            live.Id, prescription?.SessionId, live.PerformedOn, Math.Clamp(durationMinutes, 1, LogWorkoutCommand.MaxDurationMinutes), feeling, notes, bodyWeightKg,
            [.. live.InOrderDone().Select(e => new LoggedExercise(e.ExerciseId.ToString(), [.. e.Sets.Select(s => s.Performed)]))],
            changes.Count == 0 ? null : changes,
            live.StartedAt)
        {
            UserId = live.UserId,
        };
        var written = await writer.WriteAsync(log, cancellationToken);
        if (written.IsSuccess)
        {
            live.Finish(now);
        }

        return written;
    }
}
