namespace CaliFlow.Modules.Exercises.Contracts;

public enum ExerciseUnit
{
    /// <summary>Counted in repetitions.</summary>
    Reps,

    /// <summary>A static hold, counted in seconds.</summary>
    HoldSeconds,
}

public enum Muscle
{
    Chest,
    FrontDelts,
    SideDelts,
    RearDelts,
    Triceps,
    Biceps,
    Forearms,
    Lats,
    UpperBack,
    Traps,
    LowerBack,
    Abs,
    Obliques,
    Serratus,
    HipFlexors,
    Glutes,
    Quads,
    Hamstrings,
    Adductors,
    Calves,
    Tibialis,
    RotatorCuff,
}

/// <summary>
/// What a user must achieve on the easier exercise of a progression before the harder one unlocks: <see cref="Sets"/> sets of at
/// least <see cref="Reps"/> reps (or <see cref="HoldSeconds"/> seconds, per side where the exercise is per side) at an RPE no higher
/// than <see cref="MaxRpe"/>, in <see cref="Sessions"/> sessions within <see cref="WithinDays"/> days.
/// </summary>
public sealed record UnlockRule(int Sets, int? Reps, int? HoldSeconds, int MaxRpe, int Sessions, int WithinDays);
