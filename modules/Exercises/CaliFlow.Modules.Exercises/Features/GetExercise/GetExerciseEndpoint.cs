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
        app.MapGet("/exercises/{idOrSlug:maxlength(80)}", async (string idOrSlug, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetExerciseQuery(idOrSlug), cancellationToken)).ToHttpResult(json => json.OkWithETag()))
            .WithTags(ExercisesRoutes.LibraryTag)
            .WithSummary("One exercise in full: instructions, cues, common mistakes, muscles, bodyweight fraction.")
            .WithDescription(
                "Any signed-in user; takes an id or a slug, and an unknown one answers 404. Retired exercises are still found, with " +
                "retired true, so old logs can show them. The answer carries an ETag, and If-None-Match answers 304 while the exercise " +
                "is unchanged.")
            .RequireAuthorization()
            .AllowAccessToken(TokenScopes.LibraryRead)
            .Produces<ExerciseDetails>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
