namespace CaliFlow.Modules.Exercises;

internal static class ExercisesCacheKeys
{
    public static string Library(Guid revision) => $"exercises:library:{revision}";
}
