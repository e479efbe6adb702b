using System.Text.Json.Serialization;
using CaliFlow.BuildingBlocks.Application;
using Mediator;

namespace CaliFlow.Modules.Users.Features.CreateAccessToken;

/// <param name="Name">What the token is for ("Garmin sync", "Claude"), shown in the list.</param>
/// <param name="Scopes">What the token may do: any of plans:read, library:read, logs:read, logs:write, metrics:read, metrics:write, coach:chat.</param>
/// <param name="ExpiresInDays">Days until the token stops working (1-366); leave out for a token that works until revoked.</param>
/// <param name="CurrentPassword">Asked again: a token gives another app lasting access, so an access token alone must not be enough to make one.</param>
internal sealed record CreateAccessTokenCommand(string Name, IReadOnlyList<string> Scopes, int? ExpiresInDays, string CurrentPassword)
    : ICommand<Result<CreatedAccessToken>>
{
    [JsonIgnore]
    public Guid UserId { get; init; }
}

/// <param name="Token">The token itself (cfp_…), shown only in this answer: the server keeps only its hash.</param>
internal sealed record CreatedAccessToken(
    Guid Id, string Name, string Token, IReadOnlyList<string> Scopes, DateTimeOffset? ExpiresAt, DateTimeOffset CreatedAt);
