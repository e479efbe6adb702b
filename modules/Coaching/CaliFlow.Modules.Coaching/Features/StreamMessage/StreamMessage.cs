using System.Text.Json.Serialization;
using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Coaching.Coach;
using Mediator;

namespace CaliFlow.Modules.Coaching.Features.StreamMessage;

/// <summary>The same question as POST /coach/messages, answered as Server-Sent Events.</summary>
internal sealed record StreamMessageRequest(string Content) : IRequest<Result<CoachStream>>
{
    [JsonIgnore]
    public Guid UserId { get; init; }
}
