namespace CaliFlow.Modules.Exercises.Contracts;

/// <summary>What the library says each exercise needs, and a user's profile says they own.</summary>
public enum Equipment
{
    PullUpBar,
    DipBars,
    Rings,
    Parallettes,
    Wall,
    ResistanceBand,
    BoxOrBench,
}

public enum ExerciseUnit
{
    /// <summary>Counted in repetitions.</summary>
    Reps,

    /// <summary>A static hold, counted in seconds.</summary>
    HoldSeconds,
}

/// <summary>
/// What kind of work an exercise is; the plan prescribes sets, reps or holds, tempo, rest and effort by kind, not one scheme for
/// everything.
/// </summary>
public enum ExerciseKind
{
    /// <summary>Strength work in reps or an endurance hold (a plank): progressed by harder variations at a fixed rep target.</summary>
    Strength,

    /// <summary>A high-skill static hold or balance (levers, planche, handstand, L-sit): short max-quality holds, long rests.</summary>
    SkillHold,

    /// <summary>A slow lowering only (negatives): few reps with a 3-5 s eccentric.</summary>
    Eccentric,

    /// <summary>Jumps and explosive reps: low reps, full rest, no tempo.</summary>
    Plyometric,

    /// <summary>Whole-body conditioning (burpees, jumping jacks): higher reps, short rests.</summary>
    Conditioning,

    /// <summary>Active range of motion and stretches: easy holds, not counted as hard sets.</summary>
    Mobility,

    /// <summary>Standing balance (single-leg stance, tandem walks): easy, frequent practice, not counted as hard sets.</summary>
    Balance,
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
