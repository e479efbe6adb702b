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
            .WithDescription(
                "Items are summaries (counts of exercises and sets): fetch a log by id for its sets. Pages hold 1 to 100 logs " +
                "(limit, default 20); send nextCursor back as cursor, with the same from and to, until it comes back null. " +
                "Dates are inclusive, from 1900-01-01 to a year after today; a cursor this API did not issue answers 400.")
            .RequireAuthorization()
            .AllowAccessToken(TokenScopes.LogsRead)
            .Produces<WorkoutLogPage>()
            .ProducesValidationProblem();
}
