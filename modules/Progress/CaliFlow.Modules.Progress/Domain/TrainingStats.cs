using System.Text.Json.Serialization;
using CaliFlow.BuildingBlocks.Persistence;

namespace CaliFlow.Modules.Progress.Domain;

/// <summary>
/// A user's running totals behind GET /stats, folded in as each log is written, so that reading stats costs one row however long
/// the history is. Adding is exact in any order (an offline log from last month included); an edit or delete drops the row and
/// the next read folds the whole history again, which is rare enough to be cheap.
/// </summary>
internal sealed class TrainingStats : IHasTimestamps
{
    /// <summary>Weeks of volume kept: the 12 that GET /stats shows, plus a margin for logs dated a day ahead.</summary>
    private const int WeeksKept = 14;

    private TrainingStats()
    {
    }

    public Guid UserId { get; private set; }

    public int Workouts { get; private set; }

    public int Minutes { get; private set; }

    public int Reps { get; private set; }

    public int HoldSeconds { get; private set; }

    /// <summary>Runs of consecutive training days, oldest first; one entry per streak ever had, not per day.</summary>
    public List<DayRun> DayRuns { get; private set; } = [];

    /// <summary>Volume and sets per week and pattern for the recent weeks only.</summary>
    public List<WeekPatternVolume> Weeks { get; private set; } = [];

    public List<ExerciseBests> Bests { get; private set; } = [];

    /// <summary>Sessions per recent week: CaliFlow logs, and other apps' activities that are not one of them.</summary>
    public List<WeekSessions> Sessions { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static TrainingStats Empty(Guid userId) => new() { UserId = userId };

    /// <param name="activities">Other apps' activities not matched to a log: they add active days and sessions, nothing else.</param>
    public static TrainingStats From(Guid userId, IEnumerable<WorkoutLog> logs, IEnumerable<ExternalActivity>? activities = null)
    {
        var stats = Empty(userId);
        foreach (var log in logs)
        {
            stats.Add(log);
        }

        foreach (var activity in activities ?? [])
        {
            stats.AddActivity(activity.PerformedOn);
        }

        return stats;
    }

    public void Add(WorkoutLog log)
    {
        Workouts++;
        Minutes += log.DurationMinutes ?? 0;
        AddDay(log.PerformedOn);
        AddSession(log.PerformedOn, workout: true);
        foreach (var exercise in log.Exercises)
        {
            foreach (var set in exercise.Sets)
            {
                Reps += set.Reps ?? 0;
                HoldSeconds += set.HoldSeconds ?? 0;
                AddVolume(log, exercise, set);
                AddBest(log, exercise, set);
            }
        }
    }

    /// <summary>An activity another app recorded, on the user's local <paramref name="day"/>, that no CaliFlow log is.</summary>
    public void AddActivity(DateOnly day)
    {
        AddDay(day);
        AddSession(day, workout: false);
    }

    public static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>The run that ends today, or yesterday (today's workout may still be ahead); 0 when it broke before.</summary>
    public int CurrentStreak(DateOnly today)
    {
        var end = RunContaining(today) is null ? today.AddDays(-1) : today;
        return RunContaining(end) is { } run ? end.DayNumber - run.First.DayNumber + 1 : 0;
    }

    public int LongestStreak => DayRuns.Count == 0 ? 0 : DayRuns.Max(r => r.Last.DayNumber - r.First.DayNumber + 1);

    private DayRun? RunContaining(DateOnly day) => DayRuns.FirstOrDefault(r => r.First <= day && day <= r.Last);

    private void AddDay(DateOnly day)
    {
        var index = DayRuns.FindIndex(r => r.Last.AddDays(1) >= day);
        if (index < 0)
        {
            DayRuns.Add(new DayRun(day, day));
            return;
        }

        var run = DayRuns[index];
        if (day >= run.First && day <= run.Last)
        {
            return;
        }

        if (day < run.First.AddDays(-1))
        {
            DayRuns.Insert(index, new DayRun(day, day));
            return;
        }

        run = day < run.First ? run with { First = day } : run with { Last = day };
        // Filling the one-day gap before the next run joins the two.
        if (index + 1 < DayRuns.Count && DayRuns[index + 1].First == run.Last.AddDays(1))
        {
            run = run with { Last = DayRuns[index + 1].Last };
            DayRuns.RemoveAt(index + 1);
        }

        DayRuns[index] = run;
    }

    private void AddSession(DateOnly day, bool workout)
    {
        var week = MondayOf(day);
        var index = Sessions.FindIndex(w => w.WeekStart == week);
        var sessions = index < 0 ? new WeekSessions(week, 0, 0) : Sessions[index];
        sessions = workout ? sessions with { Workouts = sessions.Workouts + 1 } : sessions with { OtherActivities = sessions.OtherActivities + 1 };
        if (index < 0)
        {
            Sessions.Add(sessions);
        }
        else
        {
            Sessions[index] = sessions;
        }

        var oldestKept = Sessions.Max(w => w.WeekStart).AddDays(-7 * (WeeksKept - 1));
        Sessions.RemoveAll(w => w.WeekStart < oldestKept);
    }

    private void AddVolume(WorkoutLog log, ExerciseLog exercise, PerformedSet set)
    {
        var week = MondayOf(log.PerformedOn);
        var volume = Load.Volume(log.BodyWeightKg, exercise.BodyweightFraction, set) ?? 0m;
        var index = Weeks.FindIndex(w => w.WeekStart == week && w.Pattern == exercise.Pattern);
        if (index < 0)
        {
            Weeks.Add(new WeekPatternVolume(week, exercise.Pattern, volume, 1));
        }
        else
        {
            Weeks[index] = Weeks[index] with { VolumeKg = Weeks[index].VolumeKg + volume, Sets = Weeks[index].Sets + 1 };
        }

        var oldestKept = Weeks.Max(w => w.WeekStart).AddDays(-7 * (WeeksKept - 1));
        Weeks.RemoveAll(w => w.WeekStart < oldestKept);
    }

    // For each best, the day it was first reached: a higher value moves the day, an equal one can only make it earlier.
    private void AddBest(WorkoutLog log, ExerciseLog exercise, PerformedSet set)
    {
        var day = log.PerformedOn;
        var index = Bests.FindIndex(b => b.ExerciseId == exercise.ExerciseId);
        var bests = index < 0 ? new ExerciseBests(exercise.ExerciseId, null, null, null, null, null, null, day) : Bests[index];
        bests = bests with { FirstOn = day < bests.FirstOn ? day : bests.FirstOn };
        if (set.Reps is { } reps)
        {
            var (best, on) = Better(bests.BestReps, bests.BestRepsOn, reps, day);
            bests = bests with { BestReps = best, BestRepsOn = on };
        }

        if (set.HoldSeconds is { } hold)
        {
            var (best, on) = Better(bests.BestHoldSeconds, bests.BestHoldOn, hold, day);
            bests = bests with { BestHoldSeconds = best, BestHoldOn = on };
        }

        if ((set.Reps ?? set.HoldSeconds) > 0 && Load.Effective(log.BodyWeightKg, exercise.BodyweightFraction, set) is { } load)
        {
            var (best, on) = Better(bests.BestLoadKg, bests.BestLoadOn, load, day);
            bests = bests with { BestLoadKg = best, BestLoadOn = on };
        }

        if (index < 0)
        {
            Bests.Add(bests);
        }
        else
        {
            Bests[index] = bests;
        }
    }

    private static (T?, DateOnly?) Better<T>(T? best, DateOnly? on, T value, DateOnly day)
        where T : struct, IComparable<T> =>
        best is not { } current || value.CompareTo(current) > 0 ? (value, day)
        : value.CompareTo(current) == 0 && day < on ? (current, day)
        : (current, on);
}

/// <summary>Consecutive training days from <paramref name="First"/> to <paramref name="Last"/>, both included.</summary>
internal sealed record DayRun(DateOnly First, DateOnly Last);

/// <summary>A week's sessions: the workouts logged here and the activities recorded by other apps that are not one of them.</summary>
internal sealed record WeekSessions(DateOnly WeekStart, int Workouts, int OtherActivities);

internal sealed record WeekPatternVolume(DateOnly WeekStart, string Pattern, decimal VolumeKg, int Sets);

/// <summary>An exercise's bests (most reps in a set, longest hold, heaviest effective load) and the day each was first reached.</summary>
internal sealed record ExerciseBests(
    Guid ExerciseId,
    int? BestReps,
    DateOnly? BestRepsOn,
    int? BestHoldSeconds,
    DateOnly? BestHoldOn,
    decimal? BestLoadKg,
    DateOnly? BestLoadOn,
    DateOnly FirstOn)
{
    /// <summary>The day the most recent of the bests was first reached (the first log of the exercise when it has none).</summary>
    [JsonIgnore]
    public DateOnly LastImprovedOn => new[] { BestRepsOn, BestHoldOn, BestLoadOn }.Max() ?? FirstOn;
}
