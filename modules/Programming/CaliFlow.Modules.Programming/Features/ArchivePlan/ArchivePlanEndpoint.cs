using CaliFlow.BuildingBlocks.Web;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Programming.Features.ArchivePlan;

internal sealed class ArchivePlanEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/plans/{id:guid}/archive", async (Guid id, ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new ArchivePlanCommand(user.Id, id), cancellationToken)).ToHttpResult(_ => TypedResults.NoContent()))
            .WithTags(ProgrammingRoutes.PlansTag)
            .WithSummary("Stop following a plan; it stays readable. Archiving an archived plan changes nothing.")
            .WithDescription(
                "Archiving your active plan leaves you with none, so GET /plans/current and GET /workouts/today answer 404 until you generate a " +
                "new one, and its sessions can no longer be moved, skipped or swapped (409). Another user's plan id answers 404, as an unknown " +
                "one does.")
            .RequireAuthorization()
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
