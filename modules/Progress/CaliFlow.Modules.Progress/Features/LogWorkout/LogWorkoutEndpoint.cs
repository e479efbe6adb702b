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
            .RequireAuthorization()
            .Produces<WorkoutLogResponse>(StatusCodes.Status201Created)
            .Produces<WorkoutLogResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
}
