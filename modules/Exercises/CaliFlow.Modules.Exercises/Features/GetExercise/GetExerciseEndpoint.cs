using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Exercises.Library;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Exercises.Features.GetExercise;

internal sealed class GetExerciseEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/exercises/{idOrSlug}", async (string idOrSlug, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetExerciseQuery(idOrSlug), cancellationToken)).ToHttpResult(json => json.OkWithETag()))
            .WithTags(ExercisesRoutes.LibraryTag)
            .WithSummary("One exercise in full: instructions, cues, common mistakes, muscles, bodyweight fraction.")
            .RequireAuthorization()
            .Produces<ExerciseDetails>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
