using CaliFlow.BuildingBlocks.Web;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Users.Features.CreateAccessToken;

internal sealed class CreateAccessTokenEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/me/tokens", async (CreateAccessTokenCommand command, ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(command with { UserId = user.Id }, cancellationToken))
                .ToHttpResult(r => TypedResults.Created($"{ApiPrefix.V1}/me/tokens", r)))
            .WithTags(UsersRoutes.MeTag)
            .WithSummary("Create a personal access token for another app, confirmed with the current password; the token is in this answer only.")
            .WithDescription(
                "Another app sends the token as `Authorization: Bearer cfp_…`, like an access token, but it is refused (403) by every " +
                "route outside its scopes, and by the account, tokens, billing, password and admin routes whatever its scopes. It also " +
                "signs in to the MCP server at /mcp. A wrong currentPassword answers 400 on that field and counts as a failed sign-in; " +
                "past 20 tokens per account it answers 409. Requests made with a token are limited per token (RateLimiting:PerToken) " +
                "and every change made with one is in the audit log.")
            .RequireAuthorization()
            .RequireRateLimiting(RateLimitPolicies.Auth)
            .Produces<CreatedAccessToken>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
}
