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
            .AllowAnonymous()
            .RequireRateLimiting(RateLimitPolicies.Auth)
            .Produces<TokenResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
}
