using CaliFlow.BuildingBlocks.Web;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Progress.Features.ListWorkoutLogs;

internal sealed class ListWorkoutLogsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/workout-logs", async (DateOnly? from, DateOnly? to, int? limit, string? cursor, ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new ListWorkoutLogsQuery(user.Id, from, to, limit ?? ListWorkoutLogsQuery.DefaultLimit, cursor), cancellationToken))
                .ToHttpResult(TypedResults.Ok))
            .WithTags(ProgressRoutes.LogsTag)
            .WithSummary("Your workout logs, newest first, optionally within dates; pages follow nextCursor.")
            .RequireAuthorization()
            .Produces<WorkoutLogPage>()
            .ProducesValidationProblem();
}
