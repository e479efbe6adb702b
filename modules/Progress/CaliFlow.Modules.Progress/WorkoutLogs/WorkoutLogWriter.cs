using System.Security.Cryptography;
using System.Text.Json;
using CaliFlow.BuildingBlocks;
using CaliFlow.BuildingBlocks.Application;
using CaliFlow.BuildingBlocks.Caching;
using CaliFlow.BuildingBlocks.Messaging;
using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Programming.Contracts;
using CaliFlow.Modules.Progress.Activities;
using CaliFlow.Modules.Progress.Contracts;
using CaliFlow.Modules.Progress.Domain;
using CaliFlow.Modules.Progress.Imports;
using CaliFlow.Modules.Progress.Persistence;
using CaliFlow.Modules.Progress.Stats;
using CaliFlow.Modules.Progress.Variations;
using CaliFlow.Modules.Users.Contracts;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Progress.WorkoutLogs;

/// <summary>
/// Records one workout, idempotently by its client-made id: the same id with the same content is the log already stored, the
/// same id with other content (or someone else's) is a conflict. Shared by the single upload and the offline batch.
/// </summary>
internal sealed class WorkoutLogWriter(
    ProgressDbContext db,
    IUsersQueries users,
    IExerciseCatalog exercises,
    IProgrammingQueries programming,
    VariationTracker variations,
    StatsLedger stats,
    CacheInvalidation cache,
    TimeProvider time)
{
    /// <summary>A workout may be dated at most this far after the user's today (a phone's clock, a late-night session).</summary>
    private const int DaysAheadAllowed = 1;

    // Compiled: asked on every write, where building and matching the query's expression tree cost more than running it.
    private static readonly Func<ProgressDbContext, Guid, CancellationToken, Task<WorkoutLog?>> LogById =
        EF.CompileAsyncQuery((ProgressDbContext db, Guid id, CancellationToken _) =>
            db.WorkoutLogs.IgnoreQueryFilters().Include(l => l.Exercises).SingleOrDefault(l => l.Id == id));

    // Read once per request (the writer is scoped): an offline batch of hundreds of logs asks for them once, not per log. The
    // profile is kept for its user only, as the closing of unfinished live workouts writes several users' logs in one scope.
    private UserProfileSnapshot? _profile;
    private ExerciseLibrary? _library;

    /// <param name="import">Set for a workout an import brings: it keeps its source, and as history it does not move today's progressions.</param>
    public async Task<Result<(bool Created, WorkoutLog Log)>> WriteAsync(
        LogWorkoutCommand command, CancellationToken cancellationToken, ImportOrigin? import = null)
    {
        var hash = ContentHash(command);
        var existing = await LogById(db, command.Id!.Value, cancellationToken);
        if (existing is not null)
        {
            return existing.UserId == command.UserId && existing.ContentHash == hash
                ? (false, existing)
                : ProgressErrors.LogIdConflict;
        }

        var profile = _profile?.UserId == command.UserId ? _profile : _profile = await users.GetProfileAsync(command.UserId, cancellationToken);
        var today = LocalClock.Today(time, profile?.TimeZone ?? "UTC");
        if (command.PerformedOn!.Value > today.AddDays(DaysAheadAllowed))
        {
            return Error.Validation("performed_in_future", $"A workout cannot be dated after {today.AddDays(DaysAheadAllowed):yyyy-MM-dd}.", "performedOn");
        }

        var prescription = command.SessionId is { } sessionId ? await programming.GetSessionAsync(command.UserId, sessionId, cancellationToken) : null;
        if (command.SessionId is not null && prescription is null)
        {
            return Error.Validation("unknown_session", "This is not one of your planned sessions.", "sessionId");
        }

        var library = await exercises.WithOwnAsync(
            _library ??= await exercises.GetLibraryAsync(cancellationToken), command.UserId, command.Exercises.Select(e => e.Exercise), cancellationToken);
        var resolved = Resolve(command.Id!.Value, command.Exercises, library);
        if (!resolved.IsSuccess)
        {
            return resolved.Error!;
        }

        var changes = SessionChanges.Resolve(command.Changes ?? [], prescription, library);
        if (!changes.IsSuccess)
        {
            return changes.Error!;
        }

        var log = WorkoutLog.Create(
            command.Id!.Value, command.UserId, command.SessionId, command.PerformedOn.Value, command.StartedAt, command.DurationMinutes, command.Feeling,
            string.IsNullOrWhiteSpace(command.Notes) ? null : command.Notes.Trim(), command.BodyWeightKg ?? profile?.WeightKg, hash, resolved.Value, changes.Value);
        if (import is not null)
        {
            log.MarkImported(import.Source, import.SourceId);
        }

        db.WorkoutLogs.Add(log);
        var absorbed = await AbsorbActivitiesAsync(log, cancellationToken);
        db.Publish(new WorkoutLoggedIntegrationEvent(
            command.UserId, log.Id, log.SessionId, log.PerformedOn, Summarize(log, library), import?.ImportId,
            absorbed.Count == 0 ? null : absorbed));
        if (import is null)
        {
            await variations.EvaluateAsync(log, library, profile?.Equipment ?? [], prescription, cancellationToken);
        }

        if (absorbed.Count == 0)
        {
            await stats.AddAsync(log, cancellationToken);
        }
        else
        {
            await stats.ForgetAsync(command.UserId, cancellationToken); // an activity's session leaves its week: folded again
        }

        cache.Invalidate(ProgressCacheKeys.Stats(command.UserId));
        return (true, log);
    }

    /// <summary>
    /// Other apps' activities received before this log that are the same session (by time): they are matched to the log, which
    /// counts instead of them. Their dates go in the event, so the week each had counted in gives its session back.
    /// </summary>
    private async Task<List<DateOnly>> AbsorbActivitiesAsync(WorkoutLog log, CancellationToken cancellationToken)
    {
        if (log.Interval is not { } interval)
        {
            return [];
        }

        // The user's writes in turn (the stats lock, which POST /activities takes too): a log and an activity of one session
        // sent at once, or two logs of one session, each see the other committed, so the session counts once.
        await db.LockUserStatsAsync(log.UserId, cancellationToken);
        var overlapping = await db.Activities
            .Where(a => a.UserId == log.UserId && a.MatchedLogId == null && a.StartedAt < interval.End && a.EndedAt > interval.Start)
            .ToListAsync(cancellationToken);
        var same = overlapping.Where(a => SameSession.Overlap(interval, (a.StartedAt, a.EndedAt))).ToList();
        foreach (var activity in same)
        {
            activity.MatchTo(log.Id);
        }

        return [.. same.Select(a => a.PerformedOn)];
    }

    /// <summary>The logged exercises against the library: each must exist and be counted in its unit (reps or seconds).</summary>
    public static Result<List<ExerciseLog>> Resolve(Guid logId, IReadOnlyList<LoggedExercise> exercises, ExerciseLibrary library)
    {
        var logs = new List<ExerciseLog>();
        for (var i = 0; i < exercises.Count; i++)
        {
            var logged = exercises[i];
            var exercise = library.Find(logged.Exercise);
            if (exercise is null)
            {
                return Error.Validation("unknown_exercise", $"'{logged.Exercise}' is not an exercise in the library.", $"exercises[{i}].exercise");
            }

            var hold = exercise.Unit == ExerciseUnit.HoldSeconds;
            if (logged.Sets.Any(s => hold ? s.HoldSeconds is null : s.Reps is null))
            {
                return Error.Validation(
                    "wrong_unit", $"'{exercise.Slug}' is counted in {(hold ? "holdSeconds" : "reps")}.", $"exercises[{i}].sets");
            }

            logs.Add(ExerciseLog.Create(logId, i + 1, exercise.Id, exercise.Pattern, exercise.BodyweightFraction, logged.Sets));
        }

        return logs;
    }

    /// <summary>The log in totals per exercise (an exercise logged twice in one workout is one line), for the event.</summary>
    public static List<WorkoutExerciseSummary> Summarize(WorkoutLog log, ExerciseLibrary library) =>
    [
        .. log.Exercises.GroupBy(e => e.ExerciseId).Select(g =>
        {
            var sets = g.SelectMany(e => e.Sets).ToList();
            var slug = library.Exercises.FirstOrDefault(e => e.Id == g.Key)?.Slug ?? "";
            return new WorkoutExerciseSummary(
                g.Key, slug, g.First().Pattern, sets.Count,
                sets.Sum(s => s.Reps ?? 0), sets.Sum(s => s.HoldSeconds ?? 0),
                sets.Max(s => s.Reps ?? 0), sets.Max(s => s.HoldSeconds ?? 0));
        }),
    ];

    /// <summary>The request as the client meant it (its JSON), so a retry with the same content hashes the same.</summary>
    private static string ContentHash(LogWorkoutCommand command) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(command, JsonDefaults.Options)));
}
