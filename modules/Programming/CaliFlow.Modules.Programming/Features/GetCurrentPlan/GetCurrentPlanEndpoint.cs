using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Programming.Plans;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Programming.Features.GetCurrentPlan;

internal sealed class GetCurrentPlanEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/plans/current", async (ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetCurrentPlanQuery(user.Id), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithTags(ProgrammingRoutes.PlansTag)
            .WithSummary("Your active plan.")
            .WithDescription(
                "Sessions come as summaries in date order, each with its status; GET /plans/current/sessions or GET /sessions/{id} gives their " +
                "exercises and sets. 404 (no_active_plan) when you have none: generate one with POST /plans.")
            .RequireAuthorization()
            .AllowAccessToken(TokenScopes.PlansRead)
            .Produces<PlanResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
