using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Exercises.Library;
using CaliFlow.Modules.Users.Contracts;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Exercises.Features.CreateExercise;

internal sealed class CreateExerciseEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/exercises", async (CreateExerciseCommand command, ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(command with { AdminId = user.Id }, cancellationToken))
                .ToHttpResult(e => TypedResults.Created($"{ApiPrefix.V1}/exercises/{e.Id}", e)))
            .WithTags(ExercisesRoutes.AdminTag)
            .WithSummary("Add an exercise to the library (admins).")
            .WithDescription(
                "Admin role required (403 otherwise); the slug, lowercase words joined by hyphens, can never change, and an optional " +
                "client-made id must be a UUIDv7. An id, slug or name already in the library answers 409, so the same request sent " +
                "twice adds one exercise, not two; an unknown pattern slug or an invalid field answers 400. Readers see the new " +
                "exercise within about five seconds.")
            .RequireAuthorization(UsersPolicies.Admin)
            .Produces<ExerciseDetails>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
