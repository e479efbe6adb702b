using System.Text.Json;
using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Users.Contracts;

namespace CaliFlow.Modules.Programming.Planning;

/// <summary>
/// Weekly hard sets per primary muscle. Ceilings: beginners 12, intermediates 16, advanced 20, four more for a muscle goal.
/// Schoenfeld, Ogborn and Krieger (2017) find gains rise up to about 10+ weekly sets per muscle; beyond about 20 returns fade
/// for most, and beginners grow on far less (the Recommended Routine is about 9 sets per movement a week).
/// </summary>
internal static class WeeklyVolume
{
    public static int Cap(TrainingLevel level, IReadOnlyList<TrainingGoal> goals) =>
        (level switch
        {
            TrainingLevel.Beginner => 12,
            TrainingLevel.Intermediate => 16,
            _ => 20,
        }) + (goals.Contains(TrainingGoal.Muscle) ? 4 : 0);

    /// <summary>Most sets of one exercise in a session: three for beginners (the Recommended Routine's 3 × 5-8), then four, five.</summary>
    public static int MaxSets(TrainingLevel level) => level switch
    {
        TrainingLevel.Beginner => 3,
        TrainingLevel.Intermediate => 4,
        _ => 5,
    };

    /// <summary>
    /// The longest session the weekly ceilings can fill with useful work: an hour for beginners (about what the Recommended
    /// Routine takes), 90 minutes for intermediates, 120 for the advanced. Longer profile minutes are planned to this length (the plan says so) rather than padded.
    /// </summary>
    public static int LongestSessionMinutes(TrainingLevel level) => level switch
    {
        TrainingLevel.Beginner => 60,
        TrainingLevel.Intermediate => 90,
        _ => 120,
    };

    /// <summary>The minutes a plan's sessions are fitted to.</summary>
    public static int SessionMinutes(PlanRequest request) => Math.Min(request.SessionMinutes, LongestSessionMinutes(request.Level));

    /// <summary>Only strength, skill, eccentric and jump sets are hard sets; mobility, balance and conditioning are not counted.</summary>
    public static SortedDictionary<string, int> HardSetsByMuscle(IEnumerable<(ExerciseInfo Exercise, int Sets)> exercises)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var (exercise, sets) in exercises.Where(e => Prescriptions.SchemeFor(e.Exercise).HardSets))
        {
            foreach (var muscle in exercise.PrimaryMuscles)
            {
                var name = JsonNamingPolicy.KebabCaseLower.ConvertName(muscle.ToString());
                counts[name] = counts.GetValueOrDefault(name) + sets;
            }
        }

        return counts;
    }
}
