using Microsoft.AspNetCore.Builder;

namespace CaliFlow.BuildingBlocks.Web;

/// <summary>
/// What a personal access token (README: "Using CaliFlow from other apps") may do. A route answers such a token only when it
/// names the token's scope with <see cref="TokenScopeEndpointExtensions.AllowAccessToken{TBuilder}"/>; every other route —
/// the account, tokens, billing, the password, admin — refuses it with 403 (deny by default, enforced by the host).
/// </summary>
public static class TokenScopes
{
    public const string PlansRead = "plans:read";
    public const string LibraryRead = "library:read";
    public const string LogsRead = "logs:read";
    public const string LogsWrite = "logs:write";
    public const string MetricsRead = "metrics:read";
    public const string MetricsWrite = "metrics:write";
    public const string CoachChat = "coach:chat";

    public static readonly IReadOnlyList<string> All = [PlansRead, LibraryRead, LogsRead, LogsWrite, MetricsRead, MetricsWrite, CoachChat];
}

/// <summary>
/// Route metadata: personal access tokens with <see cref="Scope"/> may call the route (null: any token, the route checks each
/// operation's scope itself, as the MCP endpoint does per tool).
/// </summary>
public sealed record AccessTokenScopeMetadata(string? Scope);

public static class TokenScopeEndpointExtensions
{
    public static TBuilder AllowAccessToken<TBuilder>(this TBuilder builder, string scope)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new AccessTokenScopeMetadata(scope));
}
