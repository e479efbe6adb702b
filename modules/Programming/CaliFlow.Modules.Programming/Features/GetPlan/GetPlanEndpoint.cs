using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Programming.Plans;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Programming.Features.GetPlan;

internal sealed class GetPlanEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/plans/{id:guid}", async (Guid id, ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetPlanQuery(user.Id, id), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithTags(ProgrammingRoutes.PlansTag)
            .WithSummary("One of your plans, active or archived: mesocycles and the dated sessions.")
            .WithDescription(
                "Another user's plan id answers 404, as an unknown one does. Sessions come as summaries in date order (week, date, name, deload, " +
                "status); GET /sessions/{id} gives a session's exercises and sets.")
            .RequireAuthorization()
            .AllowAccessToken(TokenScopes.PlansRead)
            .Produces<PlanResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
