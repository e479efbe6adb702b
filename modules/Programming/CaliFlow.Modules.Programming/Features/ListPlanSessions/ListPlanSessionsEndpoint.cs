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
            .RequireAuthorization()
            .Produces<PlanWeekResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
