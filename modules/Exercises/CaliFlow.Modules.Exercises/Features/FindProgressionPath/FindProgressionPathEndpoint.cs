using CaliFlow.BuildingBlocks.Web;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Exercises.Features.FindProgressionPath;

internal sealed class FindProgressionPathEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/progressions/path", async (string? from, string? to, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new FindProgressionPathQuery(from, to), cancellationToken)).ToHttpResult(ETagResults.OkWithETag))
            .WithTags(ExercisesRoutes.LibraryTag)
            .WithSummary("The steps from one exercise (id or slug) to a target skill; 404 with the reason when none leads there.")
            .WithDescription(
                "Any signed-in user; from and to are required query parameters (400 without them). The answer is the shortest path: " +
                "steps in order from start to target, and edges with the unlock rule of each step; an unknown exercise answers 404 " +
                "exercise_not_found, a missing path 404 no_progression_path. It carries an ETag, and If-None-Match answers 304 while " +
                "the answer is unchanged.")
            .RequireAuthorization()
            .AllowAccessToken(TokenScopes.LibraryRead)
            .Produces<ProgressionPath>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
