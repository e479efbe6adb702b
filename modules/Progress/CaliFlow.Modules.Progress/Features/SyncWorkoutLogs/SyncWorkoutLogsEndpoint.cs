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
            .WithDescription(
                "Each log follows the rules of POST /workout-logs and is saved or refused on its own: items gives each, by index, the status " +
                "created, unchanged (already received), conflict (its id is another log's) or invalid (with a code and any field errors). The " +
                "answer is 200 even when some logs fail; only an empty batch or one over 500 logs answers 400, and calls are rate-limited per " +
                "user (429 with Retry-After). Each saved log updates stats, planned sessions and achievements as a single upload does.")
            .RequireAuthorization()
            .AllowAccessToken(TokenScopes.LogsWrite)
            .RequireRateLimiting(RateLimitPolicies.Sync)
            .Produces<SyncResult>()
            .ProducesValidationProblem();
}
