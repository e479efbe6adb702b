using System.Text.Json.Serialization;
using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Coaching.Coach;
using Mediator;

namespace CaliFlow.Modules.Coaching.Features.SendMessage;

/// <summary>
/// A question to the coach. Not a command: the question and the reply are stored in short transactions of their own, so no
/// database transaction stays open while the provider thinks.
/// </summary>
internal sealed record SendMessageRequest(string Content) : IRequest<Result<CoachExchange>>
{
    [JsonIgnore]
    public Guid UserId { get; init; }
}
