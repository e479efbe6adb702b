using Mediator;

namespace CaliFlow.Modules.Progress.Features.GetWeeklyVolumeChart;

/// <summary>The last 12 weeks per movement pattern as stacked bars, from the same figures as <c>GET /stats</c>.</summary>
/// <param name="Measure">volume (kg: effective load × reps, or × seconds for holds; the default) or sets.</param>
internal sealed record GetWeeklyVolumeChartQuery(Guid UserId, string? Measure) : IQuery<string>
{
    public const string Volume = "volume";
    public const string Sets = "sets";
}
