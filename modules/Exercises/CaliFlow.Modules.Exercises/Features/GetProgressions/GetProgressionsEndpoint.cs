using CaliFlow.BuildingBlocks.Web;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Exercises.Features.GetProgressions;

internal sealed class GetProgressionsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/exercises/{idOrSlug}/progressions", async (string idOrSlug, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetProgressionsQuery(idOrSlug), cancellationToken)).ToHttpResult(ETagResults.OkWithETag))
            .WithTags(ExercisesRoutes.LibraryTag)
            .WithSummary("The progression chain around an exercise: easier steps leading to it, harder steps it leads to.")
            .RequireAuthorization()
            .Produces<ProgressionChain>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
