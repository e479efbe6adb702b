using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Progress.Metrics;
using Mediator;

namespace CaliFlow.Modules.Progress.Features.ListMetrics;

/// <param name="Type">Kebab-case metric type (body-weight, measurements, wellness); all types when absent.</param>
internal sealed record ListMetricsQuery(Guid UserId, string? Type, DateOnly? From, DateOnly? To) : IQuery<Result<IReadOnlyList<MetricResponse>>>
{
    /// <summary>A chart's worth; daily readings for over a year.</summary>
    public const int MaxReadings = 500;
}
