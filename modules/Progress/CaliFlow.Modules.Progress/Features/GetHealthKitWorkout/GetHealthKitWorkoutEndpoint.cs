using CaliFlow.BuildingBlocks.Web;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Progress.Features.GetHealthKitWorkout;

internal sealed class GetHealthKitWorkoutEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/workout-logs/{id:guid}/healthkit", async (Guid id, ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetHealthKitWorkoutQuery(user.Id, id), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithTags(ProgressRoutes.HealthPlatformsTag)
            .WithSummary("One of your workout logs as an Apple HealthKit workout (functional strength training), ready to save.")
            .WithDescription(
                "Activity type functionalStrengthTraining (20), duration in seconds, HKExternalUUID (the log's id) and HKTimeZone in " +
                "the metadata, and one segment event (7) per set with the exercise, set index, reps or hold, load and RPE. Sets " +
                "are placed in time as for Health Connect. A log without startedAt answers 409; another user's log 404.")
            .RequireAuthorization()
            .AllowAccessToken(TokenScopes.LogsRead)
            .Produces<HealthKitWorkoutResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
