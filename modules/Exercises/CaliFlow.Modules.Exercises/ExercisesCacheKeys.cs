namespace CaliFlow.Modules.Exercises;

internal static class ExercisesCacheKeys
{
    public static string Library(long revision) => $"exercises:library:{revision}";
}
