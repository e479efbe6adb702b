namespace CaliFlow.Modules.Progress.Domain;

/// <summary>
/// Bodyweight work as real numbers: the load of a set is body weight × the exercise's bodyweight fraction + added weight −
/// band assistance (never below zero); volume is load × reps for reps, load × seconds for holds.
/// </summary>
internal static class Load
{
    public static decimal? Effective(decimal? bodyWeightKg, decimal bodyweightFraction, PerformedSet set) =>
        bodyWeightKg is { } weight
            ? Math.Max(0m, Math.Round((weight * bodyweightFraction) + (set.AddedWeightKg ?? 0m) - (set.AssistanceKg ?? 0m), 2))
            : null;

    /// <summary>Kilogram-reps for reps sets, kilogram-seconds for holds; null when the body weight is unknown.</summary>
    public static decimal? Volume(decimal? bodyWeightKg, decimal bodyweightFraction, PerformedSet set) =>
        Effective(bodyWeightKg, bodyweightFraction, set) is { } load ? load * (set.Reps ?? set.HoldSeconds ?? 0) : null;
}
