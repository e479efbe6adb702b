using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Progress.WorkoutLogs;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Progress.Features.EditWorkoutLog;

internal sealed class EditWorkoutLogEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPatch("/workout-logs/{id:guid}", async (Guid id, EditWorkoutLogCommand command, ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(command with { UserId = user.Id, LogId = id }, cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithTags(ProgressRoutes.LogsTag)
            .WithSummary("Correct one of your workout logs; only the fields sent change.")
            .WithDescription(
                "Send any of durationMinutes, feeling, notes (an empty string clears them) and exercises, which replace all the logged ones " +
                "under the same rules as a new log; the date, session and body weight cannot be changed. Your stats are recomputed, corrected " +
                "sets can still move you to another variation, and other devices get the new version from GET /sync/changes. Another user's " +
                "log or a deleted one answers 404; an unknown exercise or a set in the wrong unit answers 400 with field errors.")
            .RequireAuthorization()
            .AllowAccessToken(TokenScopes.LogsWrite)
            .Produces<WorkoutLogResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
