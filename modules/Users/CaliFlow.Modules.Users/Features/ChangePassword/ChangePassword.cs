using System.Text.Json.Serialization;
using CaliFlow.BuildingBlocks.Application;
using Mediator;

namespace CaliFlow.Modules.Users.Features.ChangePassword;

internal sealed record ChangePasswordCommand(string CurrentPassword, string NewPassword) : ICommand<Result<Unit>>
{
    [JsonIgnore]
    public Guid UserId { get; init; }

    /// <summary>The caller's own session survives; every other one is signed out.</summary>
    [JsonIgnore]
    public Guid SessionId { get; init; }
}
