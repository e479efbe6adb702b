using System.Text.Json.Serialization;
using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Programming.Sessions;
using Mediator;

namespace CaliFlow.Modules.Programming.Features.RescheduleSession;

/// <param name="Date">The new local date: from today to the plan's last day, on a day with no other session of the plan.</param>
internal sealed record RescheduleSessionCommand(DateOnly? Date) : ICommand<Result<SessionResponse>>
{
    [JsonIgnore]
    public Guid UserId { get; init; }

    [JsonIgnore]
    public Guid SessionId { get; init; }
}
