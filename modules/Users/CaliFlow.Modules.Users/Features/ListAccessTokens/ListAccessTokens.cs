using CaliFlow.BuildingBlocks.Application;
using Mediator;

namespace CaliFlow.Modules.Users.Features.ListAccessTokens;

internal sealed record ListAccessTokensQuery(Guid UserId) : IQuery<Result<IReadOnlyList<AccessTokenResponse>>>;

/// <param name="Hint">The token's first characters (cfp_ and six more), to tell tokens apart; the token itself is never shown again.</param>
/// <param name="LastUsedAt">When an app last used it, to the minute; null if never.</param>
internal sealed record AccessTokenResponse(
    Guid Id, string Name, string Hint, IReadOnlyList<string> Scopes, DateTimeOffset? ExpiresAt, DateTimeOffset? LastUsedAt,
    DateTimeOffset CreatedAt);
