using CaliFlow.Modules.Gamification.Rules;
using CaliFlow.Modules.Progress.Contracts;

namespace CaliFlow.Modules.Gamification.AchievementProgress;

/// <summary>
/// What one fact does to a user's running counters, as a list of steps applied in order to the counters it names (and only
/// those, so the work per fact does not grow with the user's history).
/// </summary>
internal sealed class CounterChanges
{
    private readonly List<Func<IDictionary<string, long>, IEnumerable<string>>> _steps = [];
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);

    /// <summary>Every counter a step reads or writes: the ones to load before applying.</summary>
    public IReadOnlyCollection<string> Keys => _keys;

    /// <summary>
    /// Adds to an additive metric's total and to its day and week buckets of <paramref name="date"/>, raising the best day and
    /// best week when the bucket passes them (a back-filled date lands in its own bucket).
    /// </summary>
    public CounterChanges Add(string metric, string? parameter, long amount, DateOnly? date)
    {
        if (amount <= 0)
        {
            return this;
        }

        var total = CounterKeys.For(metric, parameter, RuleWindow.AllTime);
        _keys.Add(total);
        var windows = new List<(string Bucket, string Best)>();
        if (date is { } day)
        {
            foreach (var window in new[] { RuleWindow.Day, RuleWindow.Week })
            {
                var bucket = CounterKeys.Bucket(metric, parameter, window, day);
                var best = CounterKeys.For(metric, parameter, window);
                _keys.Add(bucket);
                _keys.Add(best);
                windows.Add((bucket, best));
            }
        }

        _steps.Add(counters =>
        {
            counters[total] = Get(counters, total) + amount;
            var changed = new List<string> { total };
            foreach (var (bucket, best) in windows)
            {
                counters[bucket] = Get(counters, bucket) + amount;
                changed.Add(bucket);
                if (counters[bucket] > Get(counters, best))
                {
                    counters[best] = counters[bucket];
                    changed.Add(best);
                }
            }

            return changed;
        });
        return this;
    }

    /// <summary>Moves a plain counter (no total, no buckets, no best) by <paramref name="delta"/>, which may be negative.</summary>
    public CounterChanges Shift(string key, long delta)
    {
        _keys.Add(key);
        _steps.Add(counters =>
        {
            counters[key] = Get(counters, key) + delta;
            return [key];
        });
        return this;
    }

    /// <summary>Raises a counter that keeps a best (or a 0/1 milestone) to <paramref name="value"/> if that is higher.</summary>
    public CounterChanges Raise(string key, long value)
    {
        _keys.Add(key);
        _steps.Add(counters =>
        {
            if (value <= Get(counters, key))
            {
                return [];
            }

            counters[key] = value;
            return [key];
        });
        return this;
    }

    /// <summary>
    /// A set of <paramref name="value"/> (reps or seconds) of an exercise: a personal record when it beats the best set logged
    /// before (the first time an exercise is logged sets the bar, it breaks no record).
    /// </summary>
    public CounterChanges BestSet(Guid exerciseId, long value, DateOnly date)
    {
        var key = CounterKeys.BestSet(exerciseId);
        _keys.Add(key);
        var records = new CounterChanges().Add(Metrics.PersonalRecords, null, 1, date);
        _keys.UnionWith(records.Keys);
        _steps.Add(counters =>
        {
            if (value <= 0)
            {
                return [];
            }

            var known = counters.TryGetValue(key, out var best);
            if (known && value <= best)
            {
                return [];
            }

            counters[key] = value;
            return known ? records.ApplyTo(counters).Append(key) : [key];
        });
        return this;
    }

    /// <summary>Applies every step; returns the keys whose values changed.</summary>
    public IReadOnlySet<string> ApplyTo(IDictionary<string, long> counters) =>
        _steps.SelectMany(step => step(counters).ToList()).ToHashSet(StringComparer.Ordinal);

    private static long Get(IDictionary<string, long> counters, string key) => counters.TryGetValue(key, out var value) ? value : 0;

    /// <summary>A logged workout: one more workout, reps and holds per pattern and overall, exercises reached, records.</summary>
    public static CounterChanges ForWorkout(WorkoutLoggedIntegrationEvent logged)
    {
        var changes = new CounterChanges().Add(Metrics.Workouts, null, 1, logged.Date);
        foreach (var exercise in logged.Exercises ?? [])
        {
            changes.Add(Metrics.Reps, exercise.Pattern, exercise.TotalReps, logged.Date)
                .Add(Metrics.Reps, null, exercise.TotalReps, logged.Date)
                .Add(Metrics.HoldSeconds, exercise.Pattern, exercise.TotalHoldSeconds, logged.Date)
                .Add(Metrics.HoldSeconds, null, exercise.TotalHoldSeconds, logged.Date)
                .BestSet(exercise.ExerciseId, Math.Max(exercise.BestReps, exercise.BestHoldSeconds), logged.Date);
            if (exercise.Sets > 0 && exercise.Slug.Length > 0)
            {
                changes.Raise(CounterKeys.For(Metrics.ExerciseReached, exercise.Slug, RuleWindow.AllTime), 1);
            }
        }

        // Other apps' sessions that were this one: the log counts in their week now, so they stop counting.
        foreach (var date in logged.AbsorbedActivityDates ?? [])
        {
            changes.Shift(CounterKeys.OtherActivitiesInWeek(date), -1);
        }

        return changes;
    }
}
