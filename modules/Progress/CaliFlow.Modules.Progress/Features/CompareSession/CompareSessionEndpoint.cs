using CaliFlow.BuildingBlocks.Web;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Progress.Features.CompareSession;

internal sealed class CompareSessionEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/sessions/{id:guid}/comparison", async (Guid id, ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new CompareSessionQuery(user.Id, id), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithTags(ProgressRoutes.LogsTag)
            .WithSummary("What a planned session prescribed against what was done: sets, reps or seconds, adherence, volume per pattern.")
            .WithDescription(
                "Compares with the latest log sent for the session; when there is none, workoutLogId is null and adherence " +
                "is 0. Work is reps, or seconds for holds: an exercise's adherence is work done as a share of work " +
                "prescribed, capped at 100 %, the session's is the mean over prescribed exercises, and exercises done but " +
                "not prescribed are listed with prescribed false. A session that is not one of yours answers 404.")
            .RequireAuthorization()
            .AllowAccessToken(TokenScopes.LogsRead)
            .Produces<SessionComparison>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
