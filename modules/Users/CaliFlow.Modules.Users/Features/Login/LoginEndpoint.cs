using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Users.Auth;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Users.Features.Login;

internal sealed class LoginEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/auth/login", async (LoginCommand command, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(command, cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithTags(UsersRoutes.AuthTag)
            .WithSummary("Sign in: a short-lived access token and a refresh token.")
            .WithDescription(
                "Anonymous. A wrong email or password answers the same 401; after five failures for one address from one client, each " +
                "further attempt must wait 30 s, doubling up to 15 min (429 with Retry-After), and the route is also rate-limited per " +
                "client address. Send the access token as a Bearer header for expiresIn seconds, then get new tokens from POST " +
                "/auth/refresh with the refresh token.")
            .AllowAnonymous()
            .RequireRateLimiting(RateLimitPolicies.Auth)
            .Produces<TokenResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
}
