using CaliFlow.BuildingBlocks.Web;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Exercises.Features.ListExercises;

internal sealed class ListExercisesEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/exercises", async (
                    string? pattern, int? minDifficulty, int? maxDifficulty, string[]? equipment, bool? myEquipment,
                    string? muscle, string? q, int? limit, string? cursor,
                    ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                {
                    // equipment=rings&equipment=dip-bars and equipment=rings,dip-bars mean the same.
                    var equipmentNames = equipment?
                        .SelectMany(e => e.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                        .ToList();
                    var query = new ListExercisesQuery(
                        user.Id, pattern, minDifficulty, maxDifficulty, equipmentNames, myEquipment ?? false, muscle, q,
                        limit ?? ListExercisesQuery.DefaultLimit, cursor);
                    return (await sender.Send(query, cancellationToken)).ToHttpResult(json => json.OkWithETag());
                })
            .WithTags(ExercisesRoutes.LibraryTag)
            .WithSummary("Browse the library: filter by pattern, difficulty, equipment, muscle or name; pages follow nextCursor.")
            .RequireAuthorization()
            .Produces<ExercisePage>()
            .Produces(StatusCodes.Status304NotModified)
            .ProducesValidationProblem();
}
