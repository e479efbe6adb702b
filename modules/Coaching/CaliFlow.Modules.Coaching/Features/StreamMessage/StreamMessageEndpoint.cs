using CaliFlow.BuildingBlocks.Web;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Coaching.Features.StreamMessage;

internal sealed class StreamMessageEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/coach/messages/stream", async (StreamMessageRequest request, ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(request with { UserId = user.Id }, cancellationToken)).ToHttpResult(s => TypedResults.ServerSentEvents(s.Events)))
            .WithTags(CoachingRoutes.CoachTag)
            .WithSummary("Ask the coach and receive the answer as Server-Sent Events: \"chunk\" events ({text}), then \"done\" with the stored question and reply, or \"error\".")
            .WithDescription(
                "Same question, limits and counting as POST /coach/messages, with the reply sent as it is written. Field errors, limits and a " +
                "model that cannot be reached still answer as plain HTTP errors (400, 429, 502, 504) before the stream starts; from the first " +
                "chunk the question counts, even if the client disconnects, and a failure after that ends the stream with an error event carrying " +
                "code and detail.")
            .RequireAuthorization()
            .AllowAccessToken(TokenScopes.CoachChat)
            .RequireRateLimiting(RateLimitPolicies.Coach)
            .Produces(StatusCodes.Status200OK, contentType: "text/event-stream")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status502BadGateway)
            .ProducesProblem(StatusCodes.Status504GatewayTimeout);
}
