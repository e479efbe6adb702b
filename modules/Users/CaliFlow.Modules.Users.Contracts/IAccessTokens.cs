namespace CaliFlow.Modules.Users.Contracts;

/// <summary>
/// Personal access tokens (<c>cfp_…</c>), as the host's authentication sees them. Revoking one, deleting the account or
/// signing out everywhere makes <see cref="FindAsync"/> answer null at once on every instance.
/// </summary>
public interface IAccessTokens
{
    /// <summary>The grant of a live, unexpired token of a live account; null for anything else.</summary>
    ValueTask<AccessTokenGrant?> FindAsync(string token, CancellationToken cancellationToken);

    /// <summary>
    /// After a request made with the token: its last use (kept at minute precision) and, for a request that may have changed
    /// something (<paramref name="change"/>, e.g. "POST /v1/workout-logs → 201"), an audit entry.
    /// </summary>
    Task RecordUseAsync(AccessTokenGrant grant, string? change, CancellationToken cancellationToken);
}

public sealed record AccessTokenGrant(Guid TokenId, Guid UserId, string Name, IReadOnlyList<string> Scopes, DateTimeOffset? ExpiresAt);
