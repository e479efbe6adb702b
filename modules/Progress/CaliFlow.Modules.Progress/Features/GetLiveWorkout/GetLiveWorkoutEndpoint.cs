using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Progress.LiveWorkouts;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Progress.Features.GetLiveWorkout;

internal sealed class GetLiveWorkoutEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/live/current", async (ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetLiveWorkoutQuery(user.Id, null), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("progress_getCurrentLiveWorkout") // two routes in one slice: each names its own operation
            .WithTags(ProgressRoutes.LiveTag)
            .WithSummary("Your workout in progress with every set recorded so far, to resume it on any device.")
            .WithDescription("Sets come in the order they were done (their UUIDv7 ids). With no workout in progress: 404 no_live_workout.")
            .RequireAuthorization()
            .AllowAccessToken(TokenScopes.LogsRead)
            .Produces<LiveWorkoutResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        app.MapGet("/live/{id:guid}", async (Guid id, ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetLiveWorkoutQuery(user.Id, id), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithName("progress_getLiveWorkout")
            .WithTags(ProgressRoutes.LiveTag)
            .WithSummary("One of your live workouts, in progress or finished, with its sets.")
            .WithDescription("A finished one names the workout log it became (workoutLogId); another user's answers 404.")
            .RequireAuthorization()
            .AllowAccessToken(TokenScopes.LogsRead)
            .Produces<LiveWorkoutResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
