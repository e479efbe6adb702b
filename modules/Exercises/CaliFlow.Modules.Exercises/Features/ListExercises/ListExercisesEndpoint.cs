using CaliFlow.BuildingBlocks.Web;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Exercises.Features.ListExercises;

internal sealed class ListExercisesEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/exercises", async (
                    string? pattern, int? minDifficulty, int? maxDifficulty, string[]? equipment, bool? myEquipment,
                    string? muscle, [FromQuery(Name = "q")] string? search, int? limit, string? cursor,
                    ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                {
                    // equipment=rings&equipment=dip-bars and equipment=rings,dip-bars mean the same.
                    var equipmentNames = equipment?
                        .SelectMany(e => e.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                        .ToList();
                    var query = new ListExercisesQuery(
                        user.Id, pattern, minDifficulty, maxDifficulty, equipmentNames, myEquipment ?? false, muscle, search,
                        limit ?? ListExercisesQuery.DefaultLimit, cursor);
                    return (await sender.Send(query, cancellationToken)).ToHttpResult(json => json.OkWithETag());
                })
            .WithTags(ExercisesRoutes.LibraryTag)
            .WithSummary("Browse the library: filter by pattern, difficulty, equipment, muscle or name; pages follow nextCursor.")
            .WithDescription(
                "Any signed-in user; filters combine, retired exercises are left out and results come by difficulty, then slug. The " +
                "equipment filter takes kebab-case names, repeated or comma-separated, and keeps exercises doable with that set; " +
                "myEquipment=true uses the caller's profile equipment instead (not both), and q matches part of the name. The limit is " +
                "1 to 100 (default 20), nextCursor is null on the last page, unknown pattern, muscle or equipment names or a foreign " +
                "cursor answer 400, and If-None-Match with the page's ETag answers 304.")
            .RequireAuthorization()
            .AllowAccessToken(TokenScopes.LibraryRead)
            .Produces<ExercisePage>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesValidationProblem();
}
