using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Programming.Contracts;

namespace CaliFlow.Modules.Programming.Planning;

/// <summary>How long a session takes: each set's work (reps × tempo, or the hold) and the rest after it, plus setting up.</summary>
internal static class SessionDuration
{
    /// <summary>Moving to the next exercise and setting up.</summary>
    public const int ChangeoverSeconds = 30;

    public static int Seconds(ExerciseInfo exercise, IReadOnlyList<PrescribedSet> sets) =>
        ChangeoverSeconds + sets.Sum(s => Prescriptions.WorkSeconds(exercise, s) + s.RestSeconds);

    public static int Minutes(int seconds) => (int)Math.Round(seconds / 60.0, MidpointRounding.AwayFromZero);
}
