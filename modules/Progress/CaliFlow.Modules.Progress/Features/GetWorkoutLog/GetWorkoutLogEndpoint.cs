using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Progress.WorkoutLogs;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Progress.Features.GetWorkoutLog;

internal sealed class GetWorkoutLogEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/workout-logs/{id:guid}", async (Guid id, ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetWorkoutLogQuery(user.Id, id), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithTags(ProgressRoutes.LogsTag)
            .WithSummary("One of your workout logs with every set, its effective load and the volume.")
            .WithDescription(
                "Exercises come in logged order; effectiveLoadKg is body weight times the exercise's bodyweight share, plus added " +
                "weight, minus assistance (never below 0), and volumeKg sums load times reps, or seconds for holds. Loads and " +
                "volumes are null when your body weight on the day was unknown; another user's log, or a deleted one, answers 404.")
            .RequireAuthorization()
            .AllowAccessToken(TokenScopes.LogsRead)
            .Produces<WorkoutLogResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
