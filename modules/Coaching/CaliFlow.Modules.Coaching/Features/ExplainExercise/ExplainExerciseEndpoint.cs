using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Coaching.Coach;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Coaching.Features.ExplainExercise;

internal sealed class ExplainExerciseEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/coach/explanations/{exercise:maxlength(80)}", async (string exercise, ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new ExplainExerciseRequest(user.Id, exercise), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithTags(CoachingRoutes.CoachTag)
            .WithSummary("The coach's explanation of an exercise (id or slug), generated once and served from the content cache. Generating it counts against the coach's daily allowance and burst limit; a cached one is free.")
            .WithDescription(
                "An explanation is shared by all users and reused until expiresAt, or until the model or the library's text for the exercise " +
                "changes; a cached one is served even when today's allowance is used up. An unknown id or slug answers 404. Every call, cached or " +
                "not, counts towards the coach's request rate limit; limits answer 429 with Retry-After, and a model failure or timeout answers " +
                "502 or 504 and is not counted.")
            .RequireAuthorization()
            .RequireRateLimiting(RateLimitPolicies.Coach)
            .Produces<GeneratedContentResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status502BadGateway)
            .ProducesProblem(StatusCodes.Status504GatewayTimeout);
}
