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
        app.MapPut("/exercises/{idOrSlug:maxlength(80)}", async (string idOrSlug, UpdateExerciseCommand command, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(command with { IdOrSlug = idOrSlug }, cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithTags(ExercisesRoutes.AdminTag)
            .WithSummary("Change an exercise (admins); its difficulty must keep the order of its progressions.")
            .WithDescription(
                "Admin role required (403 otherwise); send every editable field, as when creating (a missing one answers 400), while " +
                "the id and slug never change. 409 when the name belongs to another exercise, the difficulty would break the " +
                "progression order, or the unit changes while progressions leave the exercise (retire them first); an unknown id or " +
                "slug answers 404. Readers see the change within about five seconds.")
            .RequireAuthorization(UsersPolicies.Admin)
            .Produces<ExerciseDetails>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
