namespace CaliFlow.Modules.Programming.Planning;

/// <summary>
/// The weekdays a plan trains on, so that a week has as many sessions as the days asked for. The preferred weekdays are kept;
/// when there are fewer of them than training days (the profile's default Monday/Wednesday/Friday with four days asked for),
/// days are added to make the usual week for that count (<see cref="Usual"/>) or, when the preferred days are not all part
/// of it, the week closest to it. Pure: the same input always gives the same days.
/// </summary>
internal static class TrainingWeekdays
{
    private static readonly DayOfWeek[] MondayFirst =
    [
        DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday,
    ];

    /// <summary>
    /// The usual week for a number of training days: spread through the week, no back-to-back days where the count allows,
    /// and Sunday free (2: Mon/Thu, 3: Mon/Wed/Fri, 4: Mon/Tue/Thu/Fri, 5: Mon/Tue/Wed/Fri/Sat, 6: Mon-Sat).
    /// </summary>
    public static IReadOnlyList<DayOfWeek> Usual(int daysPerWeek) => Math.Clamp(daysPerWeek, 1, 7) switch
    {
        1 => [DayOfWeek.Monday],
        2 => [DayOfWeek.Monday, DayOfWeek.Thursday],
        3 => [DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday],
        4 => [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Thursday, DayOfWeek.Friday],
        5 => [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Friday, DayOfWeek.Saturday],
        6 => [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday],
        _ => MondayFirst,
    };

    /// <summary>
    /// The preferred weekdays (Monday first) when there are at least <paramref name="daysPerWeek"/> of them; otherwise they plus
    /// added days: the usual week when the preferred days are all in it, else the week that has no more back-to-back days
    /// than the usual week, no Sunday added, the fewest back-to-back days, the shortest longest gap between days, the most days of the usual
    /// week, the shortest run of days in a row, and the earliest days, in that order.
    /// </summary>
    public static IReadOnlyList<DayOfWeek> Fit(IEnumerable<DayOfWeek> preferred, int daysPerWeek)
    {
        var count = Math.Clamp(daysPerWeek, 1, 7);
        var kept = Mask(preferred);
        if (Count(kept) >= count)
        {
            return Days(kept);
        }

        var usual = Mask(Usual(count));
        if ((kept & usual) == kept)
        {
            return Days(usual);
        }

        var usualBackToBack = BackToBack(usual);
        var best = Enumerable.Range(0, 1 << 7)
            .Where(week => Count(week) == count && (week & kept) == kept)
            .MinBy(week => (
                Math.Max(0, BackToBack(week) - usualBackToBack),
                (week & ~kept & Bit(DayOfWeek.Sunday)) != 0 ? 1 : 0,
                BackToBack(week),
                LongestRest(week),
                -Count(week & usual),
                LongestRun(week),
                -Reverse(week))); // Monday first: the larger this is, the earlier the days
        return Days(best);
    }

    private static int Index(DayOfWeek day) => ((int)day + 6) % 7;

    private static int Bit(DayOfWeek day) => 1 << Index(day);

    private static int Mask(IEnumerable<DayOfWeek> days) => days.Aggregate(0, (mask, day) => mask | Bit(day));

    private static int Count(int mask) => int.PopCount(mask);

    private static List<DayOfWeek> Days(int mask) => [.. MondayFirst.Where(d => (mask & Bit(d)) != 0)];

    /// <summary>Pairs of training days in a row, Sunday to Monday included (the weeks follow each other).</summary>
    private static int BackToBack(int mask) => Enumerable.Range(0, 7).Count(i => (mask & (1 << i)) != 0 && (mask & (1 << ((i + 1) % 7))) != 0);

    /// <summary>The most days from one training day to the next (7 for one day a week), across the end of the week too.</summary>
    private static int LongestRest(int mask)
    {
        var days = Enumerable.Range(0, 7).Where(i => (mask & (1 << i)) != 0).ToList();
        return days.Select((day, i) => ((days[(i + 1) % days.Count] - day + 6) % 7) + 1).Max();
    }

    /// <summary>The most training days in a row, across the end of the week too.</summary>
    private static int LongestRun(int mask)
    {
        if (mask == 0x7F)
        {
            return 7;
        }

        var longest = 0;
        var run = 0;
        for (var i = 0; i < 14; i++)
        {
            run = (mask & (1 << (i % 7))) != 0 ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        return longest;
    }

    /// <summary>The mask with Monday as the highest bit, so comparing two weeks of as many days compares their earliest days.</summary>
    private static int Reverse(int mask) => Enumerable.Range(0, 7).Sum(i => (mask & (1 << i)) != 0 ? 1 << (6 - i) : 0);
}
