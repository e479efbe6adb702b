using CaliFlow.Modules.Progress.Domain;

namespace CaliFlow.Modules.Progress.Metrics;

internal sealed record MetricResponse(Guid Id, MetricType Type, DateOnly RecordedOn, BodyWeight? BodyWeight, Measurements? Measurements, Wellness? Wellness, DateTimeOffset CreatedAt)
{
    public static MetricResponse From(ProgressMetric m) =>
        new(m.Id, m.Type, m.RecordedOn, m.Data.BodyWeight, m.Data.Measurements, m.Data.Wellness, m.CreatedAt);
}
