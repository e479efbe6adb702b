using CaliFlow.BuildingBlocks.Web;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Programming.Features.ListPlanSessions;

internal sealed class ListPlanSessionsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/plans/current/sessions", async (int? week, ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new ListPlanSessionsQuery(user.Id, week), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithTags(ProgrammingRoutes.SessionsTag)
            .WithSummary("The sessions of one week of your active plan (this week when no week is given).")
            .WithDescription(
                "Give week as 1-12; without it you get the week holding today in the plan's time zone (week 1 before the plan starts, week 12 " +
                "after it ends). Sessions come in date order with their exercises and sets, done and skipped ones included; 404 when you have no " +
                "active plan.")
            .RequireAuthorization()
            .AllowAccessToken(TokenScopes.PlansRead)
            .Produces<PlanWeekResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
