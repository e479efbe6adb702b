namespace CaliFlow.Modules.Programming;

internal static class ProgrammingCacheKeys
{
    /// <summary>Today's workout; the entry records the date and zone it was computed for and lives until that local midnight.</summary>
    public static string Today(Guid userId) => $"programming:today:{userId}";
}
