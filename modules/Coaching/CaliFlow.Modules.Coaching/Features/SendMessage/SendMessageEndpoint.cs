using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Coaching.Coach;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Coaching.Features.SendMessage;

internal sealed class SendMessageEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/coach/messages", async (SendMessageRequest request, ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(request with { UserId = user.Id }, cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithTags(CoachingRoutes.CoachTag)
            .WithSummary("Ask the coach; the answer comes from your own data. Free accounts have a small daily allowance, premium more.")
            .WithDescription(
                "Each call asks a new question, so a retry after a lost response asks, and may count, again; the answer holds the stored question " +
                "and the reply. 429 with Retry-After when today's allowance is used up (it resets at your local midnight) or you ask too often; " +
                "if the model fails or times out (502, 504) the question stays in the history marked failed and is not counted.")
            .RequireAuthorization()
            .AllowAccessToken(TokenScopes.CoachChat)
            .RequireRateLimiting(RateLimitPolicies.Coach)
            .Produces<CoachExchange>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status502BadGateway)
            .ProducesProblem(StatusCodes.Status504GatewayTimeout);
}
