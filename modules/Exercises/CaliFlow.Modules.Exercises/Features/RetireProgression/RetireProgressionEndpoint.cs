using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Users.Contracts;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Exercises.Features.RetireProgression;

internal sealed class RetireProgressionEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/progressions/{id:guid}/retire", async (Guid id, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new RetireProgressionCommand(id), cancellationToken)).ToHttpResult(_ => TypedResults.NoContent()))
            .WithTags(ExercisesRoutes.AdminTag)
            .WithSummary("Retire a progression edge (admins).")
            .WithDescription(
                "Admin role required (403 otherwise); the edge leaves chains and paths, and readers see the change within about five " +
                "seconds. Adding the same pair again with POST /progressions brings it back under its old id. Retiring it again answers " +
                "204 and changes nothing; an unknown id answers 404.")
            .RequireAuthorization(UsersPolicies.Admin)
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
