using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Programming.Contracts;

namespace CaliFlow.Modules.Programming.Planning;

/// <summary>How one kind of exercise is trained: its rest range, tempo, effort and how far below the target week 1 starts.</summary>
/// <param name="DefaultTarget">Reps or seconds aimed for when the exercise has no harder step (so no unlock rule to aim at).</param>
/// <param name="RampDown">How many reps or seconds under the target week 1 of a block asks for.</param>
/// <param name="SecondsPerRep">For duration estimates when no tempo says otherwise.</param>
internal sealed record KindScheme(
    IntRange Rest, string? Tempo, int DefaultTarget, int RampDown, int SecondsPerRep, int Rpe, bool HardSets, int BaseSets);

/// <summary>
/// What to prescribe for an exercise, by its kind. The target is the unlock rule of the exercise's next step (same pattern), so
/// following the plan reaches the rule: week 1 of a block sits a little under it, weeks 2 and 3 at it (two or more sessions,
/// which is what the rules ask for), the deload drops to two easy sets. Intensity then rises by the next variation, not by
/// fewer reps of the same one (r/bodyweightfitness Recommended Routine: work 3×5-8, move on at 3×8).
/// </summary>
internal static class Prescriptions
{
    // Rests: RR asks 90 s-3 min between strength sets; Overcoming Gravity gives max-effort static holds 2-3 min; conditioning
    // keeps rests short on purpose; mobility and balance need only a change of side.
    private static readonly KindScheme StrengthReps = new(new(90, 180), "2-0-1-0", 8, 2, 3, 8, true, 3);
    private static readonly KindScheme CoreReps = new(new(60, 90), "2-0-1-0", 12, 3, 3, 8, true, 3);
    private static readonly KindScheme StrengthHold = new(new(60, 120), null, 30, 10, 1, 8, true, 3);
    private static readonly KindScheme SkillHold = new(new(120, 180), null, 12, 4, 1, 8, true, 3);
    private static readonly KindScheme Eccentric = new(new(90, 150), "4-0-X-0", 5, 2, 5, 8, true, 3);
    private static readonly KindScheme Plyometric = new(new(60, 120), null, 8, 2, 2, 7, true, 3);
    private static readonly KindScheme Conditioning = new(new(30, 60), null, 12, 4, 3, 8, false, 3);
    private static readonly KindScheme Mobility = new(new(15, 30), null, 30, 0, 3, 4, false, 2);
    private static readonly KindScheme Balance = new(new(15, 30), null, 30, 0, 3, 5, false, 2);

    private static readonly HashSet<string> CorePatterns = new(StringComparer.Ordinal)
    {
        "core-anti-extension", "core-anti-rotation", "lateral-core", "core-flexion",
    };

    public static KindScheme SchemeFor(ExerciseInfo exercise) => exercise.Kind switch
    {
        ExerciseKind.SkillHold => SkillHold,
        ExerciseKind.Eccentric => Eccentric,
        ExerciseKind.Plyometric => Plyometric,
        ExerciseKind.Conditioning => Conditioning,
        ExerciseKind.Mobility => Mobility,
        ExerciseKind.Balance => Balance,
        _ when exercise.Unit == ExerciseUnit.HoldSeconds => StrengthHold,
        _ when CorePatterns.Contains(exercise.Pattern) => CoreReps,
        _ => StrengthReps,
    };

    /// <summary>The rule that unlocks the next step of the same pattern (the easiest such step), or null at the top of a chain.</summary>
    public static UnlockRule? NextRule(ExerciseInfo exercise, ExerciseLibrary library) =>
        library.Progressions
            .Where(p => p.FromId == exercise.Id)
            .Select(p => (p.Rule, To: library.Exercises.FirstOrDefault(e => e.Id == p.ToId)))
            .Where(x => x.To is { Retired: false } && x.To.Pattern == exercise.Pattern)
            .OrderBy(x => x.To!.Difficulty).ThenBy(x => x.To!.Slug, StringComparer.Ordinal)
            .Select(x => x.Rule)
            .FirstOrDefault();

    /// <summary>Reps or seconds to reach: the unlock rule's when there is one, else the kind's default.</summary>
    public static int Target(ExerciseInfo exercise, UnlockRule? next)
    {
        var scheme = SchemeFor(exercise);
        var ruled = exercise.Unit == ExerciseUnit.HoldSeconds ? next?.HoldSeconds : next?.Reps;
        return ruled ?? scheme.DefaultTarget;
    }

    /// <summary>Sets the rule needs at its count, so following the plan can unlock; at least the kind's base.</summary>
    public static int MinimumSets(ExerciseInfo exercise, UnlockRule? next) =>
        Math.Max(SchemeFor(exercise).BaseSets, SchemeFor(exercise).HardSets ? next?.Sets ?? 0 : 0);

    /// <summary>
    /// One week's sets of an exercise. <paramref name="rampWeek"/> is the week in the block (1-3 build, 4 deload), or 1 for an
    /// exercise just unlocked (it starts again under the target).
    /// </summary>
    public static IReadOnlyList<PrescribedSet> Sets(
        ExerciseInfo exercise, UnlockRule? next, int rampWeek, int sets, int restSeconds, TrainingStyle style, int blockRpe)
    {
        var scheme = SchemeFor(exercise);
        var deload = rampWeek == Blocks.WeeksPerBlock;
        var target = Target(exercise, next);
        var count = deload || rampWeek == 1 ? Math.Max(1, target - scheme.RampDown) : target;
        if (exercise.Kind == ExerciseKind.Eccentric)
        {
            count = Math.Min(count, 5); // negatives: 2-5 slow reps, not a set of twelve
        }

        var rpe = deload ? Math.Min(Blocks.DeloadRpe, scheme.Rpe) : Math.Min(Math.Min(scheme.Rpe, blockRpe), style.MaxRpe);
        var hold = exercise.Unit == ExerciseUnit.HoldSeconds;
        var set = new PrescribedSet(hold ? null : count, hold ? count : null, restSeconds, rpe, hold ? null : scheme.Tempo);
        return [.. Enumerable.Repeat(set, deload ? Math.Min(Blocks.DeloadSets, sets) : sets)];
    }

    /// <summary>Working seconds of one set (both sides when per side), from the tempo when there is one.</summary>
    public static int WorkSeconds(ExerciseInfo exercise, PrescribedSet set)
    {
        var seconds = set.HoldSeconds ?? (set.Reps ?? 0) * SecondsPerRep(set.Tempo, SchemeFor(exercise).SecondsPerRep);
        return exercise.PerSide ? seconds * 2 : seconds;
    }

    /// <summary>A short note on how to do the sets, by kind.</summary>
    public static string? HowTo(ExerciseInfo exercise) => exercise.Kind switch
    {
        ExerciseKind.Eccentric => "Lower over 4 seconds; step or jump back to the top.",
        ExerciseKind.SkillHold => "Crisp holds with perfect form; stop a set when form breaks.",
        ExerciseKind.Plyometric => "Full recovery between sets; stop when height or speed drops.",
        ExerciseKind.Conditioning => "Steady pace, short rests.",
        ExerciseKind.Mobility => "Easy and controlled: breathe into the stretch.",
        ExerciseKind.Balance => "Near a wall or chair for safety.",
        _ => null,
    };

    private static int SecondsPerRep(string? tempo, int fallback)
    {
        if (tempo is null)
        {
            return fallback;
        }

        var total = tempo.Split('-').Sum(part => int.TryParse(part, out var seconds) ? seconds : 1);
        return Math.Max(1, total);
    }
}

/// <summary>What the goals and age change in every prescription.</summary>
/// <param name="Dense">Fat loss and endurance: rests at the bottom of each kind's range.</param>
/// <param name="MaxRpe">Mobility-first profiles and older adults train at moderate effort (WHO 2020: moderate or greater intensity).</param>
internal sealed record TrainingStyle(bool Dense, int MaxRpe);
