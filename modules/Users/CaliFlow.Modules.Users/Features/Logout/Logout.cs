using System.Text.Json.Serialization;
using CaliFlow.BuildingBlocks.Application;
using Mediator;

namespace CaliFlow.Modules.Users.Features.Logout;

internal sealed record LogoutCommand(string RefreshToken) : ICommand<Result<Unit>>
{
    [JsonIgnore]
    public Guid UserId { get; init; }
}
