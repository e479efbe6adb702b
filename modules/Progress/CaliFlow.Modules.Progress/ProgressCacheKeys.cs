namespace CaliFlow.Modules.Progress;

internal static class ProgressCacheKeys
{
    /// <summary>The stats response's bytes. ("stats-json": entries of the earlier object form, under "stats", are never read.)</summary>
    public static string Stats(Guid userId) => $"progress:stats-json:{userId}";
}
