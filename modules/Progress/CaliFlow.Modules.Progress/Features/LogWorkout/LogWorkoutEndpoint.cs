using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Progress.Domain;
using CaliFlow.Modules.Progress.WorkoutLogs;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Progress.Features.LogWorkout;

internal sealed class LogWorkoutEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/workout-logs", async (LogWorkoutCommand command, ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(command with { UserId = user.Id }, cancellationToken)).ToHttpResult(logged => logged.Created
                    ? TypedResults.Created($"{ApiPrefix.V1}/workout-logs/{logged.Log.Id}", logged.Log)
                    : TypedResults.Ok(logged.Log)))
            .WithTags(ProgressRoutes.LogsTag)
            .WithSummary("Log a workout (201); sending the same log again answers 200 with it, the same id with other content 409.")
            .WithRequestExample(new LogWorkoutCommand(
                Id: Guid.Parse("01938f3e-7b2a-7c41-9d6e-2f4a8b1c5d70"),
                SessionId: null,
                PerformedOn: new DateOnly(2026, 12, 1),
                DurationMinutes: 40,
                Feeling: Feeling.Good,
                Notes: "Last set of pull-ups was a grind.",
                BodyWeightKg: 72.4m,
                Exercises:
                [
                    new LoggedExercise("push-up", [Reps(12, rpe: 7m), Reps(10, rpe: 8m)]),
                    new LoggedExercise("pull-up", [Reps(6, rpe: 8m), Reps(5, rpe: 9m)]),
                    new LoggedExercise("plank", [new PerformedSet(Reps: null, HoldSeconds: 45, Rpe: null, AddedWeightKg: null, AssistanceKg: null)]),
                ]))
            .WithDescription(
                "The id is a client-made UUIDv7, so a retry after a lost answer is safe; exercises are named by id or slug, and each set has " +
                "reps or holdSeconds, whichever the exercise counts. The date (performedOn) may be at most a day after today where you are, and " +
                "sessionId must be one of your planned sessions (else 400 with field errors); without bodyWeightKg your profile's weight is " +
                "used, and without either the loads and volume are null. Your stats update at once and auto-progression may move you to another " +
                "variation; shortly after, a planned session it names is marked completed and achievements and streaks count the workout.")
            .RequireAuthorization()
            .AllowAccessToken(TokenScopes.LogsWrite)
            .Produces<WorkoutLogResponse>(StatusCodes.Status201Created)
            .Produces<WorkoutLogResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static PerformedSet Reps(int reps, decimal rpe) => new(reps, HoldSeconds: null, rpe, AddedWeightKg: null, AssistanceKg: null);
}
