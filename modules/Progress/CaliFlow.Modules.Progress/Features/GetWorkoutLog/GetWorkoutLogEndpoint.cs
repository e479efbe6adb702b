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
            .RequireAuthorization()
            .Produces<WorkoutLogResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
