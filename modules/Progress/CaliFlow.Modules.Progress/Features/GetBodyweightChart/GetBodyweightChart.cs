using Mediator;

namespace CaliFlow.Modules.Progress.Features.GetBodyweightChart;

/// <summary>Body weight over time as an SVG line chart; the last year when no dates are given, at most five years.</summary>
internal sealed record GetBodyweightChartQuery(Guid UserId, DateOnly? From, DateOnly? To) : IQuery<string>;
