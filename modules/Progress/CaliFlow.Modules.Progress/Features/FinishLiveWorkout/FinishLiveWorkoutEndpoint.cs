using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Progress.WorkoutLogs;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Progress.Features.FinishLiveWorkout;

internal sealed class FinishLiveWorkoutEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/live/{id:guid}/finish", async (Guid id, FinishLiveWorkoutCommand command, ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(command with { UserId = user.Id, LiveWorkoutId = id }, cancellationToken)).ToHttpResult(logged => logged.Created
                    ? TypedResults.Created($"{ApiPrefix.V1}/workout-logs/{logged.Log.Id}", logged.Log)
                    : TypedResults.Ok(logged.Log)))
            .WithTags(ProgressRoutes.LiveTag)
            .WithSummary("Finish a live workout into a workout log (201); finishing it again answers 200 with that log.")
            .WithDescription(
                "The log has the live workout's id and date, each exercise where its first set was done and its sets in the order " +
                "they were done; it counts exactly like an uploaded log (stats at once, auto-progression, the planned session " +
                "completed, achievements and streaks shortly after). Without durationMinutes the minutes since the start are used. " +
                "A workout with no sets answers 409 (abandon it instead); another user's, or an unknown one, 404.")
            .RequireAuthorization()
            .AllowAccessToken(TokenScopes.LogsWrite)
            .Produces<WorkoutLogResponse>(StatusCodes.Status201Created)
            .Produces<WorkoutLogResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
