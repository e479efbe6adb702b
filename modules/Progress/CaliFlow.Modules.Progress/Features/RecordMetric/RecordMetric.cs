using System.Text.Json.Serialization;
using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Progress.Domain;
using Mediator;

namespace CaliFlow.Modules.Progress.Features.RecordMetric;

/// <param name="Id">Optional client-made UUIDv7; sending the same reading again answers with the stored one.</param>
/// <param name="RecordedOn">The user's local date of the reading.</param>
internal sealed record RecordMetricCommand(
    Guid? Id,
    MetricType? Type,
    DateOnly? RecordedOn,
    BodyWeight? BodyWeight,
    Measurements? Measurements,
    Wellness? Wellness) : ICommand<Result<MetricResponse>>
{
    [JsonIgnore]
    public Guid UserId { get; init; }
}

internal sealed record MetricResponse(Guid Id, MetricType Type, DateOnly RecordedOn, BodyWeight? BodyWeight, Measurements? Measurements, Wellness? Wellness, DateTimeOffset CreatedAt)
{
    public static MetricResponse From(ProgressMetric m) =>
        new(m.Id, m.Type, m.RecordedOn, m.Data.BodyWeight, m.Data.Measurements, m.Data.Wellness, m.CreatedAt);
}
