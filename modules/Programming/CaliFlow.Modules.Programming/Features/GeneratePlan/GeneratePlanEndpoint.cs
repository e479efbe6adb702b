using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Programming.Plans;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Programming.Features.GeneratePlan;

internal sealed class GeneratePlanEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/plans", async (GeneratePlanCommand? command, ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send((command ?? new GeneratePlanCommand()) with { UserId = user.Id }, cancellationToken))
                .ToHttpResult(plan => TypedResults.Created($"/plans/{plan.Id}", plan)))
            .WithTags(ProgrammingRoutes.PlansTag)
            .WithSummary("Generate a 12-week plan from your profile (fields in the body override it); it replaces your active plan.")
            .RequireAuthorization()
            .Produces<PlanResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
