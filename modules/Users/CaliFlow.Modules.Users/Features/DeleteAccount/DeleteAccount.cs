using System.Text.Json.Serialization;
using CaliFlow.BuildingBlocks.Application;
using Mediator;

namespace CaliFlow.Modules.Users.Features.DeleteAccount;

/// <param name="CurrentPassword">Asked again: an access token alone must not be enough to delete the account.</param>
internal sealed record DeleteAccountCommand(string CurrentPassword) : ICommand<Result<Unit>>
{
    [JsonIgnore]
    public Guid UserId { get; init; }
}
