using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Exercises.Library;
using CaliFlow.Modules.Users.Contracts;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Exercises.Features.UpdateExercise;

internal sealed class UpdateExerciseEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPut("/exercises/{id:guid}", async (Guid id, UpdateExerciseCommand command, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(command with { ExerciseId = id }, cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithTags(ExercisesRoutes.AdminTag)
            .WithSummary("Change an exercise (admins); its difficulty must keep the order of its progressions.")
            .RequireAuthorization(UsersPolicies.Admin)
            .Produces<ExerciseDetails>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
