namespace CaliFlow.Modules.Users.Contracts;

/// <summary>
/// Whether a sign-in session (the access token's <c>sid</c>, a refresh-token family) is still alive. The host asks on every
/// authenticated request, after the token's signature and lifetime passed, so an access token stops working as soon as its
/// session is signed out, its password changed or reset, its role taken away or its account deleted.
/// </summary>
public interface ISessionValidator
{
    /// <summary>True while the session belongs to <paramref name="userId"/>, is not revoked, not past its absolute end and the account exists.</summary>
    ValueTask<bool> IsActiveAsync(Guid sessionId, Guid userId, CancellationToken cancellationToken);
}
