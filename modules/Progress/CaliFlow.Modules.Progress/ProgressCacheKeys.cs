namespace CaliFlow.Modules.Progress;

internal static class ProgressCacheKeys
{
    public static string Stats(Guid userId) => $"progress:stats:{userId}";
}
