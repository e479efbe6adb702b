using CaliFlow.BuildingBlocks.Web;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Progress.Features.SyncWorkoutLogs;

internal sealed class SyncWorkoutLogsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/workout-logs/sync", async (SyncWorkoutLogsCommand command, ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(command with { UserId = user.Id }, cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithTags(ProgressRoutes.LogsTag)
            .WithSummary("Upload workouts recorded offline (up to 500); each is idempotent and gets its own result.")
            .RequireAuthorization()
            .RequireRateLimiting(RateLimitPolicies.Sync)
            .Produces<SyncResult>()
            .ProducesValidationProblem();
}
