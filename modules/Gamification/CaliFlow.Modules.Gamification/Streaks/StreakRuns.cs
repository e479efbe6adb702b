namespace CaliFlow.Modules.Gamification.Streaks;

/// <summary>Consecutive active units (local days, or weeks named by their Monday) from <see cref="Start"/> to <see cref="End"/>.</summary>
internal sealed record DateRun(DateOnly Start, DateOnly End)
{
    public int Length(int stepDays) => (End.DayNumber - Start.DayNumber) / stepDays + 1;
}

/// <summary>
/// A streak's history as runs of consecutive active days or weeks, oldest first. Dates are the user's local dates as the events
/// carry them, so a daylight-saving change (a 23- or 25-hour day) cannot split or merge days. Adding a date touches only its
/// neighbours: a back-filled date joins the runs around it, a repeated date changes nothing.
/// </summary>
internal static class StreakRuns
{
    /// <summary>
    /// Older runs beyond this many are forgotten (the best streak is kept apart), so the state stays small; only a back-filled
    /// date older than all of them would be missed.
    /// </summary>
    public const int MaxRuns = 200;

    /// <summary>Adds <paramref name="date"/> (a day, or a week's Monday with a step of 7); false when it was already counted.</summary>
    public static bool Add(List<DateRun> runs, DateOnly date, int stepDays)
    {
        var index = runs.FindIndex(r => r.End >= date);
        if (index >= 0 && runs[index].Start <= date)
        {
            return false; // already inside a run
        }

        var after = index >= 0 && runs[index].Start == date.AddDays(stepDays) ? index : -1;
        var beforeIndex = index >= 0 ? index - 1 : runs.Count - 1;
        var before = beforeIndex >= 0 && runs[beforeIndex].End == date.AddDays(-stepDays) ? beforeIndex : -1;

        if (before >= 0 && after >= 0)
        {
            runs[before] = runs[before] with { End = runs[after].End };
            runs.RemoveAt(after);
        }
        else if (before >= 0)
        {
            runs[before] = runs[before] with { End = date };
        }
        else if (after >= 0)
        {
            runs[after] = runs[after] with { Start = date };
        }
        else
        {
            runs.Insert(index >= 0 ? index : runs.Count, new DateRun(date, date));
        }

        if (runs.Count > MaxRuns)
        {
            runs.RemoveRange(0, runs.Count - MaxRuns);
        }

        return true;
    }
}

/// <summary>Consecutive local days with a workout.</summary>
internal static class DayStreak
{
    public static int Best(IReadOnlyList<DateRun> runs) => runs.Count == 0 ? 0 : runs.Max(r => r.Length(1));

    /// <summary>The run that reaches today, or yesterday (today's workout may still be ahead); 0 once a whole day was missed.</summary>
    public static int Current(IReadOnlyList<DateRun> runs, DateOnly today) =>
        runs.Count > 0 && runs[^1].End >= today.AddDays(-1) ? runs[^1].Length(1) : 0;
}

/// <summary>
/// Runs of weeks (Monday to Sunday in the user's local dates) in which something was done: for training, a week is met when
/// the user logged at least the planned number of workouts; rest days inside it never matter. Freeze tokens bridge missed
/// weeks: every chain starts with <see cref="WeekStreakPolicy.InitialTokens"/>, a missed week between two met weeks uses one
/// (the streak goes on but does not grow), every <see cref="WeekStreakPolicy.EarnEvery"/> met weeks in a row earn one back (at
/// most <see cref="WeekStreakPolicy.MaxTokens"/>), and a gap longer than the tokens left breaks the chain.
/// </summary>
internal sealed record WeekStreakPolicy(int InitialTokens, int MaxTokens, int EarnEvery)
{
    public static readonly WeekStreakPolicy Training = new(2, 2, 4);

    /// <summary>Check-ins are weekly habits with no slack: a missed week ends the streak.</summary>
    public static readonly WeekStreakPolicy CheckIns = new(0, 0, 1);
}

internal readonly record struct WeekStreakState(int Current, int Best, int TokensLeft);

internal static class WeekStreak
{
    /// <summary>
    /// Walks the runs oldest first. With <paramref name="currentWeek"/> (the Monday of the user's week now), the weeks missed
    /// since the last met week (the current week is still open, so it is not missed yet) use tokens too, or end the streak.
    /// </summary>
    public static WeekStreakState Evaluate(IReadOnlyList<DateRun> runs, WeekStreakPolicy policy, DateOnly? currentWeek = null)
    {
        int current = 0, best = 0, tokens = policy.InitialTokens;
        DateOnly? lastMet = null;
        foreach (var run in runs)
        {
            if (lastMet is { } last)
            {
                (current, tokens) = Bridge(current, tokens, Missed(last, run.Start), policy);
            }

            for (var week = run.Start; week <= run.End; week = week.AddDays(7))
            {
                current++;
                if (current % policy.EarnEvery == 0)
                {
                    tokens = Math.Min(policy.MaxTokens, tokens + 1);
                }
            }

            best = Math.Max(best, current);
            lastMet = run.End;
        }

        if (currentWeek is { } now && lastMet is { } end && now > end)
        {
            (current, tokens) = Bridge(current, tokens, Missed(end, now), policy);
        }

        return new WeekStreakState(current, best, tokens);
    }

    private static int Missed(DateOnly lastMet, DateOnly next) => ((next.DayNumber - lastMet.DayNumber) / 7) - 1;

    private static (int Current, int Tokens) Bridge(int current, int tokens, int missed, WeekStreakPolicy policy) =>
        missed <= tokens ? (current, tokens - missed) : (0, policy.InitialTokens);
}
