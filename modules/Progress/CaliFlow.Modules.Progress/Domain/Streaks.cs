namespace CaliFlow.Modules.Progress.Domain;

/// <summary>Runs of consecutive training days, on the user's local dates.</summary>
internal static class Streaks
{
    /// <summary>The longest run of consecutive days with a workout.</summary>
    public static int Longest(IEnumerable<DateOnly> days)
    {
        int longest = 0, run = 0;
        DateOnly? previous = null;
        foreach (var day in days.Distinct().Order())
        {
            run = previous is { } p && p.AddDays(1) == day ? run + 1 : 1;
            longest = Math.Max(longest, run);
            previous = day;
        }

        return longest;
    }

    /// <summary>The run that ends today, or yesterday (today's workout may still be ahead); 0 when it broke before.</summary>
    public static int Current(IEnumerable<DateOnly> days, DateOnly today)
    {
        var set = days.ToHashSet();
        var day = set.Contains(today) ? today : today.AddDays(-1);
        var run = 0;
        while (set.Contains(day))
        {
            run++;
            day = day.AddDays(-1);
        }

        return run;
    }
}
