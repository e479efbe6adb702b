using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Users.Auth;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Users.Features.RefreshTokens;

internal sealed class RefreshTokensEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/auth/refresh", async (RefreshTokensCommand command, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(command, cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithTags(UsersRoutes.AuthTag)
            .WithSummary("Exchange a refresh token for new tokens; the presented one is rotated out.")
            .WithDescription(
                "Anonymous; keep the refresh token from the answer, because the one sent stops working. Sending an already used refresh " +
                "token again ends its whole session (401 refresh_token_reused), and an unknown or expired one answers 401: sign in " +
                "again. A session lasts at most 90 days from sign-in by default however often it is refreshed, and the route is " +
                "rate-limited per client address (429 with Retry-After).")
            .AllowAnonymous()
            .RequireRateLimiting(RateLimitPolicies.Auth)
            .Produces<TokenResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
}
