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
        app.MapGet("/exercises/{idOrSlug:maxlength(80)}/progressions", async (string idOrSlug, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetProgressionsQuery(idOrSlug), cancellationToken)).ToHttpResult(ETagResults.OkWithETag))
            .WithTags(ExercisesRoutes.LibraryTag)
            .WithSummary("The progression chain around an exercise: easier steps leading to it, harder steps it leads to.")
            .WithDescription(
                "Any signed-in user; takes an id or a slug (404 when unknown). The easier and harder lists give each step with its " +
                "distance in steps, and the edges list every live edge among them with its unlock rule, enough to draw the tree; a " +
                "retired exercise has no steps. The answer carries an ETag, and If-None-Match answers 304 while it is unchanged.")
            .RequireAuthorization()
            .AllowAccessToken(TokenScopes.LibraryRead)
            .Produces<ProgressionChain>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
