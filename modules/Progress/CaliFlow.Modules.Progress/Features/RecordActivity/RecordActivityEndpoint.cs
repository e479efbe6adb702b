using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Progress.Activities;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Progress.Features.RecordActivity;

internal sealed class RecordActivityEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/activities", async (RecordActivityCommand command, ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(command with { UserId = user.Id }, cancellationToken)).ToHttpResult(recorded => recorded.Created
                    ? TypedResults.Created($"{ApiPrefix.V1}/activities", recorded.Activity)
                    : (IResult)TypedResults.Ok(recorded.Activity)))
            .WithTags(ProgressRoutes.HealthPlatformsTag)
            .WithSummary("Send a session another app recorded (Health Connect, HealthKit, Garmin) so it counts toward your streaks.")
            .WithDescription(
                "Kept once per source and sourceId: the first send answers 201, the same record sent again updates it and answers 200. " +
                "It counts as an active day and a session of its week (stats' weeklyVolume.otherActivities, the training-week " +
                "streak) unless it is one of your workout logs: a log whose startedAt and duration overlap it by at least half of " +
                "the shorter of the two is the same session, and only the log counts (matchedWorkoutLogId). A log sent after the " +
                "activity takes its place the same way.")
            .RequireAuthorization()
            .AllowAccessToken(TokenScopes.LogsWrite)
            .Produces<ActivityResponse>(StatusCodes.Status201Created)
            .Produces<ActivityResponse>()
            .ProducesValidationProblem();
}
