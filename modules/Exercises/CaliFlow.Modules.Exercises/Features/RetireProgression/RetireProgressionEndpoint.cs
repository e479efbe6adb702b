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
            .RequireAuthorization(UsersPolicies.Admin)
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
