using System.Text.Json.Serialization;
using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Progress.Domain;
using CaliFlow.Modules.Progress.Metrics;
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
