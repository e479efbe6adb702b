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
            .RequireAuthorization()
            .Produces<WorkoutLogResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
