using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Progress.LiveWorkouts;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Progress.Features.RecordLiveSet;

internal sealed class RecordLiveSetEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPut("/live/{id:guid}/sets/{setId:guid}", async (
                    Guid id, Guid setId, RecordLiveSetCommand command, ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(command with { UserId = user.Id, LiveWorkoutId = id, SetId = setId }, cancellationToken))
                .ToHttpResult(recorded => recorded.Created
                    ? TypedResults.Created($"{ApiPrefix.V1}/live/{id}/sets/{setId}", recorded.Set)
                    : TypedResults.Ok(recorded.Set)))
            .WithTags(ProgressRoutes.LiveTag)
            .WithSummary("Record one set of a live workout (201), or resend or correct it (200).")
            .WithDescription(
                "The set id is a UUIDv7 your device makes when the set is done: it orders the sets, and sending the same set again " +
                "stores it once (its updatedAt stays), while other values under the same id replace it (updatedAt moves). Sets " +
                "recorded offline may arrive later and in any order. Each set has reps or holdSeconds, whichever the exercise " +
                "counts (else 400); a finished workout answers 409, another user's 404.")
            .RequireAuthorization()
            .AllowAccessToken(TokenScopes.LogsWrite)
            .Produces<LiveSetResponse>(StatusCodes.Status201Created)
            .Produces<LiveSetResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
