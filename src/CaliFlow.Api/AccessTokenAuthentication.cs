using System.Security.Claims;
using System.Text.Encodings.Web;
using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Users.Contracts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;

namespace CaliFlow.Api;

/// <summary>
/// Personal access tokens (<c>Bearer cfp_…</c>) beside the apps' JWTs: one default scheme picks the handler by the token's
/// prefix, so every route's "signed in" means either. What a token may then call is <see cref="UseAccessTokenScopes"/>'s
/// question, asked before anything else runs.
/// </summary>
internal static class AccessTokenAuthentication
{
    public const string Scheme = "AccessToken";
    private const string Selector = "JwtOrAccessToken";
    private const string TokenPrefix = "Bearer cfp_";

    public static void AddAccessTokenAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = Selector;
                o.DefaultChallengeScheme = Selector;
            })
            .AddScheme<AuthenticationSchemeOptions, AccessTokenHandler>(Scheme, null)
            .AddPolicyScheme(Selector, null, o => o.ForwardDefaultSelector = context =>
                context.Request.Headers.Authorization is [{ } header] && header.StartsWith(TokenPrefix, StringComparison.Ordinal)
                    ? Scheme
                    : JwtBearerDefaults.AuthenticationScheme);
    }

    /// <summary>
    /// Deny by default: a request made with a token reaches only routes that allow its scope (<see cref="AccessTokenScopeMetadata"/>),
    /// and everything else answers 403. After the answer, the token's use is recorded, and audited when it may have changed something.
    /// </summary>
    public static void UseAccessTokenScopes(this WebApplication app) =>
        app.Use(static async (context, next) =>
        {
            if (context.Features.Get<AccessTokenGrant>() is not { } grant || context.GetEndpoint() is not { } endpoint)
            {
                await next(context);
                return;
            }

            var allowed = endpoint.Metadata.GetMetadata<AccessTokenScopeMetadata>();
            if (allowed is null || (allowed.Scope is { } scope && !grant.Scopes.Contains(scope)))
            {
                // RFC 6750 3.1: the scope a client would need, for those that read it from the header.
                context.Response.Headers.WWWAuthenticate = allowed is null
                    ? "Bearer error=\"insufficient_scope\""
                    : $"Bearer error=\"insufficient_scope\", scope=\"{allowed.Scope}\"";
                await TypedResults.Problem(
                        statusCode: StatusCodes.Status403Forbidden,
                        title: "Forbidden.",
                        detail: allowed is null
                            ? "Personal access tokens cannot use this route; sign in to the app for it."
                            : $"This access token lacks the {allowed.Scope} scope.")
                    .ExecuteAsync(context);
                return;
            }

            using var lease = await context.RequestServices.GetRequiredService<AccessTokenRateLimiter>().AcquireAsync(context);
            if (!lease.IsAcquired)
            {
                await RateLimitingRegistration.RejectAsync(context, lease);
                return;
            }

            await next(context);
            // A change is audited when it was made (2xx); a route open to any scope audits each operation itself, as /mcp
            // does per tool.
            var changed = allowed.Scope is not null && context.Response.StatusCode is >= 200 and < 300 &&
                          !(HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method));
            await context.RequestServices.GetRequiredService<IAccessTokens>().RecordUseAsync(
                grant,
                changed ? $"{context.Request.Method} {context.Request.Path} → {context.Response.StatusCode}" : null,
                CancellationToken.None);
        });

    private sealed class AccessTokenHandler(
        IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, IAccessTokens tokens)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
        {
            var header = Request.Headers.Authorization.ToString();
            if (!header.StartsWith(TokenPrefix, StringComparison.Ordinal))
            {
                return AuthenticateResult.NoResult();
            }

            if (await tokens.FindAsync(header["Bearer ".Length..].Trim(), Context.RequestAborted) is not { } grant)
            {
                return AuthenticateResult.Fail("The access token is not valid: unknown, revoked or expired.");
            }

            Claim[] claims =
            [
                new(CaliFlowClaims.Subject, grant.UserId.ToString()),
                new(CaliFlowClaims.AccessToken, grant.TokenId.ToString()),
                .. grant.Scopes.Select(scope => new Claim(CaliFlowClaims.Scope, scope)),
            ];
            Context.Features.Set(grant);
            var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, Scheme.Name, CaliFlowClaims.Subject, CaliFlowClaims.Role));
            return AuthenticateResult.Success(new AuthenticationTicket(principal, Scheme.Name));
        }

        // RFC 6750 3: a refused bearer says so, as the JWT handler's challenge does.
        protected override Task HandleChallengeAsync(AuthenticationProperties properties)
        {
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
            return Task.CompletedTask;
        }
    }
}
