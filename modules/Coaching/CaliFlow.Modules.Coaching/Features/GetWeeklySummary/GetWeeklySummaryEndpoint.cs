using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Coaching.Coach;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Coaching.Features.GetWeeklySummary;

internal sealed class GetWeeklySummaryEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/coach/weekly-summary", async (ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetWeeklySummaryRequest(user.Id), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithTags(CoachingRoutes.CoachTag)
            .WithSummary("The coach's summary of your last 7 days (workouts, check-in, plan week), cached until that data changes. A new one counts against the coach's daily allowance and burst limit; a cached one is free.")
            .WithDescription(
                "It covers today and the 6 days before it in your time zone; a new day, or a workout or check-in in that week, makes a new " +
                "summary, and an unchanged one is reused until expiresAt (cached is true). Every call, cached or not, counts towards the coach's " +
                "request rate limit; limits answer 429 with Retry-After (the daily allowance resets at your local midnight), and a model failure " +
                "or timeout answers 502 or 504 and is not counted.")
            .RequireAuthorization()
            .RequireRateLimiting(RateLimitPolicies.Coach)
            .Produces<GeneratedContentResponse>()
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .ProducesProblem(StatusCodes.Status502BadGateway)
            .ProducesProblem(StatusCodes.Status504GatewayTimeout);
}
