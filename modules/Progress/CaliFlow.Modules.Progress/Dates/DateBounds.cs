using FluentValidation;

namespace CaliFlow.Modules.Progress.Dates;

/// <summary>
/// The dates Progress takes from clients. A reading is dated from 1900 (and not before the user was born) to a day after the user's
/// local today; a list or chart filter asks for dates from 1900 to a year after today; a chart spans at most five years.
/// </summary>
internal static class DateBounds
{
    /// <summary>Nothing is dated earlier: an older date is a slip of the keyboard (0202 for 2022), not a measurement.</summary>
    public static readonly DateOnly Earliest = new(1900, 1, 1);

    /// <summary>
    /// How far after the user's local today a reading may be dated: a day covers a phone whose clock or zone is a little ahead (a
    /// flight west); more is a mistake, and a reading from the future would stand as the latest weight for days.
    /// </summary>
    public const int ReadingDaysAhead = 1;

    /// <summary>How far after today a filter may reach (the rest of a month or a year); beyond is a mistake.</summary>
    public const int FilterDaysAhead = 366;

    /// <summary>
    /// The longest chart: five years of daily readings are about 1,800 points, as many as the 960-pixel-wide picture can still tell
    /// apart; a longer range is not drawn.
    /// </summary>
    public const int MaxChartYears = 5;

    /// <summary>A filter's date, when given, from <see cref="Earliest"/> to <see cref="FilterDaysAhead"/> days after today.</summary>
    /// <remarks>Today in UTC: the user's own date is at most a day away, which does not matter with a year of room.</remarks>
    public static IRuleBuilderOptions<T, DateOnly?> WithinFilterBounds<T>(this IRuleBuilder<T, DateOnly?> rule, TimeProvider time) =>
        rule.Must(date => date is null || (date >= Earliest && date <= UtcToday(time).AddDays(FilterDaysAhead)))
            .WithMessage("Give a date from 1900-01-01 to a year after today.");

    /// <summary>
    /// A workout's date: from <see cref="Earliest"/> to a day after today in UTC. Every time zone's today is at most a day after
    /// UTC's, so a workout logged just after midnight in Kiribati passes, and this needs no profile lookup on the write path.
    /// </summary>
    public static IRuleBuilderOptions<T, DateOnly?> WithinWorkoutBounds<T>(this IRuleBuilder<T, DateOnly?> rule, TimeProvider time) =>
        rule.Must(date => date is null || (date >= Earliest && date <= UtcToday(time).AddDays(ReadingDaysAhead)))
            .WithMessage("A workout is dated from 1900-01-01 to today.");

    public static DateOnly UtcToday(TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime);
}
