namespace CaliFlow.Modules.Progress;

internal static class ProgressRoutes
{
    public const string LogsTag = "Workout logs";
    public const string MetricsTag = "Metrics";
}
