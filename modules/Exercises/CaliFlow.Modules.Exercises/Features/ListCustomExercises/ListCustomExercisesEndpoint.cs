using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Exercises.CustomExercises;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Exercises.Features.ListCustomExercises;

internal sealed class ListCustomExercisesEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/me/exercises", async (ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListCustomExercisesQuery(user.Id), cancellationToken)))
            .WithTags(ExercisesRoutes.CustomTag)
            .WithSummary("Your own exercises, by name (at most 500).")
            .WithDescription("The exercises you made, or an import made for you; they are yours alone, so no one else sees them.")
            .RequireAuthorization()
            .Produces<IReadOnlyList<CustomExerciseResponse>>();
}
