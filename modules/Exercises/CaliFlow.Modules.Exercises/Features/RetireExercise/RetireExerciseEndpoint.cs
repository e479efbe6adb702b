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
            .RequireAuthorization(UsersPolicies.Admin)
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
