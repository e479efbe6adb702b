namespace CaliFlow.Modules.Programming;

internal static class ProgrammingCacheKeys
{
    /// <summary>
    /// Today's workout: the response's bytes headed by the date and zone they were computed for; lives until that local
    /// midnight. ("today-json": entries of the earlier object form, under "today", are never read as bytes.)
    /// </summary>
    public static string Today(Guid userId) => $"programming:today-json:{userId}";
}
