using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Exercises.CustomExercises;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Exercises.Features.CreateCustomExercise;

internal sealed class CreateCustomExerciseEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/me/exercises", async (CreateCustomExerciseCommand command, ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(command with { UserId = user.Id }, cancellationToken))
                .ToHttpResult(e => TypedResults.Created($"{ApiPrefix.V1}/me/exercises", e)))
            .WithTags(ExercisesRoutes.CustomTag)
            .WithSummary("Make an exercise of your own, for a movement the library does not have.")
            .WithDescription(
                "Give a name, the movement pattern (for stats) and the unit (reps or hold-seconds); bodyweightFraction, the share of " +
                "body weight it moves, defaults to the pattern's usual share. Its slug is my- and the name's words; log it by id or " +
                "slug like a library exercise (uploads, sync and imports). Only you see it, and it has no place in plans or " +
                "progressions. A client-made UUIDv7 id makes retries safe (the same id again answers 201 with it). At most 500.")
            .RequireAuthorization()
            .Produces<CustomExerciseResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
}
