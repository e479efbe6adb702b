using System.Text.Json.Serialization;
using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Progress.Activities;
using Mediator;

namespace CaliFlow.Modules.Progress.Features.RecordActivity;

/// <param name="Source">health-connect, healthkit or garmin.</param>
/// <param name="SourceId">The record's id in that source: sending it again updates the activity.</param>
/// <param name="Type">The kind of activity in the source's words (calisthenics, running, strength-training).</param>
internal sealed record RecordActivityCommand(
    string? Source,
    string? SourceId,
    string? Type,
    string? Title,
    DateTimeOffset? StartedAt,
    DateTimeOffset? EndedAt) : ICommand<Result<RecordedActivity>>
{
    public const int MaxHours = 24;

    [JsonIgnore]
    public Guid UserId { get; init; }
}

/// <param name="Created">False when the source's record was known: it was updated.</param>
internal sealed record RecordedActivity(bool Created, ActivityResponse Activity);
