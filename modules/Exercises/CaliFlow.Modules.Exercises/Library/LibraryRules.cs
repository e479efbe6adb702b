using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Exercises.Domain;

namespace CaliFlow.Modules.Exercises.Library;

/// <summary>The graph's invariants, checked by every admin change: harder steps are harder, edges never loop back, rules fit units.</summary>
internal static class LibraryRules
{
    public static Error? CheckEdge(Exercise from, Exercise to, UnlockRule rule, IEnumerable<Progression> liveEdges)
    {
        if (from.Id == to.Id)
        {
            return Error.Conflict("progression_self", "An exercise cannot progress to itself.");
        }

        if (from.RetiredAt is not null || to.RetiredAt is not null)
        {
            return Error.Conflict("exercise_retired", "Progressions join live exercises only.");
        }

        var next = liveEdges.ToLookup(p => p.FromExerciseId, p => p.ToExerciseId);
        if (ProgressionGraph.Reaches(next, to.Id, from.Id))
        {
            return Error.Conflict(
                "progression_cycle", $"'{to.Slug}' already leads to '{from.Slug}'; this edge would make the progression a loop.");
        }

        if (to.Difficulty <= from.Difficulty)
        {
            return Error.Conflict(
                "difficulty_order",
                $"The harder step must have a higher difficulty: '{from.Slug}' is {from.Difficulty}, '{to.Slug}' is {to.Difficulty}.");
        }

        return CheckRuleUnit(from, rule);
    }

    /// <summary>The rule is measured on the easier exercise, so it counts what that exercise counts.</summary>
    public static Error? CheckRuleUnit(Exercise from, UnlockRule rule) => from.Unit switch
    {
        ExerciseUnit.Reps when rule.Reps is null =>
            Error.Validation("rule_unit", $"'{from.Slug}' is counted in reps: give rule.reps.", "rule.reps"),
        ExerciseUnit.HoldSeconds when rule.HoldSeconds is null =>
            Error.Validation("rule_unit", $"'{from.Slug}' is a hold: give rule.holdSeconds.", "rule.holdSeconds"),
        _ => null,
    };

    /// <summary>A new difficulty must stay above every easier neighbour and below every harder one.</summary>
    public static Error? CheckDifficulty(
        Exercise exercise, int difficulty, IReadOnlyCollection<Exercise> easier, IReadOnlyCollection<Exercise> harder)
    {
        var clash = easier.FirstOrDefault(e => e.Difficulty >= difficulty) ?? harder.FirstOrDefault(h => h.Difficulty <= difficulty);
        return clash is null
            ? null
            : Error.Conflict(
                "difficulty_order",
                $"Difficulty {difficulty} would break the order with '{clash.Slug}' ({clash.Difficulty}), " +
                $"{(easier.Contains(clash) ? "an easier" : "a harder")} step of '{exercise.Slug}'.");
    }
}
