using CaliFlow.BuildingBlocks.Web;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Exercises.Features.ListMovementPatterns;

internal sealed class ListMovementPatternsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/movement-patterns", async (ISender sender, CancellationToken cancellationToken) =>
                ETagResults.OkWithETag(await sender.Send(new ListMovementPatternsQuery(), cancellationToken)))
            .WithTags(ExercisesRoutes.LibraryTag)
            .WithSummary("The 22 movement patterns the library is organised by, with how many live exercises each has.")
            .WithDescription(
                "Any signed-in user; each pattern's slug is the value for the pattern filter of GET /exercises and the pattern field of " +
                "an exercise, and the list comes in sortOrder. The answer carries an ETag, and If-None-Match answers 304 while it is " +
                "unchanged.")
            .RequireAuthorization()
            .AllowAccessToken(TokenScopes.LibraryRead)
            .Produces<IReadOnlyList<MovementPatternResponse>>()
            .Produces(StatusCodes.Status304NotModified);
}
