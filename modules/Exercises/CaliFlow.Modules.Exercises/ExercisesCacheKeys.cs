namespace CaliFlow.Modules.Exercises;

internal static class ExercisesCacheKeys
{
    public static string Library(Guid revision) => $"exercises:library:{revision}";

    /// <summary>The committed revision, remembered in-process only (see <see cref="Library.LibraryReader.RevisionLifetime"/>).</summary>
    public const string Revision = "exercises:library-revision";
}
