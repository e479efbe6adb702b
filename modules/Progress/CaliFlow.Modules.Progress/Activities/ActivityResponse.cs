using CaliFlow.Modules.Progress.Domain;

namespace CaliFlow.Modules.Progress.Activities;

/// <param name="PerformedOn">Your local date of its start.</param>
/// <param name="MatchedWorkoutLogId">The workout log of the same session, which counts instead of it; null when it counts itself.</param>
internal sealed record ActivityResponse(
    Guid Id,
    string Source,
    string SourceId,
    string Type,
    string? Title,
    DateTimeOffset StartedAt,
    DateTimeOffset EndedAt,
    DateOnly PerformedOn,
    int DurationMinutes,
    Guid? MatchedWorkoutLogId,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static ActivityResponse From(ExternalActivity a) => new(
        a.Id, a.Source, a.SourceId, a.Type, a.Title, a.StartedAt, a.EndedAt, a.PerformedOn, a.DurationMinutes, a.MatchedLogId,
        a.CreatedAt, a.UpdatedAt);
}

/// <summary>The apps an activity may come from, as their names are sent.</summary>
internal static class ActivitySources
{
    public const string HealthConnect = "health-connect";
    public const string HealthKit = "healthkit";
    public const string Garmin = "garmin";

    public static readonly string[] All = [HealthConnect, HealthKit, Garmin];
}
