using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Programming.Sessions;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Programming.Features.GetTodayWorkout;

internal sealed class GetTodayWorkoutEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/workouts/today", async (ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetTodayWorkoutQuery(user.Id), cancellationToken)).ToHttpResult(json => json.Ok()))
            .WithTags(ProgrammingRoutes.SessionsTag)
            .WithSummary("Today's session in your time zone, or the next one (isToday = false).")
            .WithDescription(
                "Today's session is shown whatever its status (done today is still today's), skipped sessions are passed over, and session is " +
                "null when the plan has nothing left; 404 when you have no active plan. The answer is cached until your local midnight and " +
                "dropped whenever your plan, its sessions or your profile change, so it is cheap to call on every app start.")
            .RequireAuthorization()
            .AllowAccessToken(TokenScopes.PlansRead)
            .Produces<TodayWorkoutResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
