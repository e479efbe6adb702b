using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Users.Contracts;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Exercises.Features.RetireExercise;

internal sealed class RetireExerciseEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/exercises/{id:guid}/retire", async (Guid id, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new RetireExerciseCommand(id), cancellationToken)).ToHttpResult(_ => TypedResults.NoContent()))
            .WithTags(ExercisesRoutes.AdminTag)
            .WithSummary("Retire an exercise (admins): gone from browsing and progressions, still readable by id for old logs.")
            .WithDescription(
                "Admin role required (403 otherwise); every live progression edge into or out of the exercise is retired with it, and " +
                "readers see the change within about five seconds. Retiring it again answers 204 and changes nothing; an unknown id " +
                "answers 404. There is no endpoint to undo a retirement, and the edges do not come back by themselves.")
            .RequireAuthorization(UsersPolicies.Admin)
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
