namespace CaliFlow.Modules.Progress.Activities;

/// <summary>
/// When a CaliFlow log and another app's activity are one session: their times overlap by at least half of the shorter one. A
/// watch started a minute late or stopped a minute early still matches; a run straight after a workout (a few minutes of clock
/// skew between two devices) does not.
/// </summary>
internal static class SameSession
{
    public static bool Overlap((DateTimeOffset Start, DateTimeOffset End) a, (DateTimeOffset Start, DateTimeOffset End) b)
    {
        var shared = Min(a.End, b.End) - Max(a.Start, b.Start);
        var shorter = Min(a.End - a.Start, b.End - b.Start);
        return shared > TimeSpan.Zero && shared >= shorter / 2;
    }

    /// <summary>How much two sessions share: the best of several matches is the one that shares the most.</summary>
    public static TimeSpan Shared((DateTimeOffset Start, DateTimeOffset End) a, (DateTimeOffset Start, DateTimeOffset End) b) =>
        Min(a.End, b.End) - Max(a.Start, b.Start);

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
