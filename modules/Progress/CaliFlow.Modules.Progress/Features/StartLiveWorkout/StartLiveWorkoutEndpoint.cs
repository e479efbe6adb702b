using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Progress.LiveWorkouts;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Progress.Features.StartLiveWorkout;

internal sealed class StartLiveWorkoutEndpoint : ICarterModule
{
    private const string Description =
        "Keeps the workout on the server while you train, so a dead phone loses nothing and another device can carry on (GET " +
        "/live/current). Record each set with PUT /live/{id}/sets/{setId}, then finish it into a workout log (POST " +
        "/live/{id}/finish) or abandon it (DELETE /live/{id}). One workout can be in progress at a time: starting another answers " +
        "409 with the open one's id. An optional client-made UUIDv7 id makes a retry safe (the same start again answers 200 with " +
        "the workout); the workout is dated with today where you are.";

    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapPost("/live", async (StartLiveWorkoutCommand command, ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                Answer(await sender.Send(command with { UserId = user.Id }, cancellationToken)))
            .WithName("progress_startLiveWorkout") // two routes in one slice: each names its own operation
            .WithTags(ProgressRoutes.LiveTag)
            .WithSummary("Start a live workout, of a planned session (sessionId) or of your own.")
            .WithDescription(Description)
            .RequireAuthorization()
            .AllowAccessToken(TokenScopes.LogsWrite)
            .Produces<LiveWorkoutResponse>(StatusCodes.Status201Created)
            .Produces<LiveWorkoutResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        app.MapPost("/sessions/{id:guid}/start", async (Guid id, StartSessionBody? body, ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                Answer(await sender.Send(new StartLiveWorkoutCommand(body?.Id, id) { UserId = user.Id }, cancellationToken)))
            .WithName("progress_startSessionLive")
            .WithTags(ProgressRoutes.LiveTag)
            .WithSummary("Start one of your planned sessions as a live workout.")
            .WithDescription(Description + " Another user's session, or an unknown one, answers 400 on sessionId.")
            .RequireAuthorization()
            .AllowAccessToken(TokenScopes.LogsWrite)
            .Produces<LiveWorkoutResponse>(StatusCodes.Status201Created)
            .Produces<LiveWorkoutResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static IResult Answer(BuildingBlocks.Application.Result<StartedLiveWorkout> result) =>
        result.ToHttpResult(started => started.Created
            ? TypedResults.Created($"{ApiPrefix.V1}/live/{started.Workout.Id}", started.Workout)
            : TypedResults.Ok(started.Workout));
}

/// <param name="Id">Optional client-made UUIDv7 for the live workout.</param>
internal sealed record StartSessionBody(Guid? Id);
