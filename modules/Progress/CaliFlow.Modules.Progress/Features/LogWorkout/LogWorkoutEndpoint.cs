using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Progress.WorkoutLogs;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Progress.Features.LogWorkout;

internal sealed class LogWorkoutEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/workout-logs", async (LogWorkoutCommand command, ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(command with { UserId = user.Id }, cancellationToken)).ToHttpResult(logged => logged.Created
                    ? TypedResults.Created($"/workout-logs/{logged.Log.Id}", logged.Log)
                    : TypedResults.Ok(logged.Log)))
            .WithTags(ProgressRoutes.LogsTag)
            .WithSummary("Log a workout (201); sending the same log again answers 200 with it, the same id with other content 409.")
            .WithDescription(
                "The id is a client-made UUIDv7, so a retry after a lost answer is safe; exercises are named by id or slug, and each set has " +
                "reps or holdSeconds, whichever the exercise counts. The date (performedOn) may be at most a day after today where you are, and " +
                "sessionId must be one of your planned sessions (else 400 with field errors); without bodyWeightKg your profile's weight is " +
                "used, and without either the loads and volume are null. Your stats update at once and auto-progression may move you to another " +
                "variation; shortly after, a planned session it names is marked completed and achievements and streaks count the workout.")
            .RequireAuthorization()
            .Produces<WorkoutLogResponse>(StatusCodes.Status201Created)
            .Produces<WorkoutLogResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
}
