namespace CaliFlow.Modules.Progress;

internal static class ProgressRoutes
{
    public const string LogsTag = "Workout logs";
    public const string MetricsTag = "Metrics";
    public const string PhotosTag = "Photos";
    public const string ChartsTag = "Charts";
    public const string LiveTag = "Live workouts";
    public const string ImportsTag = "Imports and exports";
    public const string HealthPlatformsTag = "Health platforms";
}
