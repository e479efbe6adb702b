using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace CaliFlow.BuildingBlocks.Web;

/// <summary>The authenticated caller. Every handler scopes its reads and writes to <see cref="Id"/>: ownership by construction.</summary>
public interface ICurrentUser
{
    Guid Id { get; }

    /// <summary>The refresh-token family (sign-in session) the access token was issued for.</summary>
    Guid SessionId { get; }
}

public sealed class HttpCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    public Guid Id => ReadGuid(CaliFlowClaims.Subject);

    public Guid SessionId => ReadGuid(CaliFlowClaims.Session);

    private Guid ReadGuid(string claim) =>
        Guid.TryParse(accessor.HttpContext?.User.FindFirstValue(claim), out var value)
            ? value
            : throw new InvalidOperationException($"No '{claim}' claim: the endpoint must require authorization.");
}

public static class CaliFlowClaims
{
    public const string Subject = "sub";
    public const string Session = "sid";
    public const string Role = "role";
    public const string Email = "email";

    /// <summary>The personal access token a request came with (absent for a signed-in app's JWT).</summary>
    public const string AccessToken = "access_token_id";

    /// <summary>One of <see cref="TokenScopes"/>, once per scope of the personal access token.</summary>
    public const string Scope = "scope";
}
