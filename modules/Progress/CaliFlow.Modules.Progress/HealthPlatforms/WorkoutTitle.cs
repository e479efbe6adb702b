namespace CaliFlow.Modules.Progress.HealthPlatforms;

/// <summary>The title a health platform shows for a log: its first exercises by name.</summary>
internal static class WorkoutTitle
{
    private const int Named = 3;

    public static string Of(PlacedWorkout workout)
    {
        var names = workout.Sets.Select(s => s.Exercise?.Name).OfType<string>().Distinct().ToList();
        return names.Count == 0 ? "Calisthenics"
            : names.Count <= Named ? string.Join(", ", names)
            : $"{string.Join(", ", names.Take(Named))} and {names.Count - Named} more";
    }
}
