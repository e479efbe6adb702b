using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Progress.LiveWorkouts;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Progress.Features.ChangeLiveExercise;

internal sealed class ChangeLiveExerciseEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPut("/live/{id:guid}/changes/{exercise:maxlength(80)}", async (
                    Guid id, string exercise, ChangeLiveExerciseCommand command, ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(command with { UserId = user.Id, LiveWorkoutId = id, Exercise = exercise }, cancellationToken))
                .ToHttpResult(TypedResults.Ok))
            .WithTags(ProgressRoutes.LiveTag)
            .WithSummary("Swap a prescribed exercise for today, skip it with a reason, or add one the session does not prescribe.")
            .WithDescription(
                "The route names the exercise (id or slug). A swap's sets of the replacement count against the prescription, and " +
                "the replacement must be counted the same way (reps or seconds); only a planned session's exercises can be swapped " +
                "or skipped (else 400). Sending the same change again changes nothing; another change of the same exercise replaces " +
                "it. The finished log keeps the changes, and its comparison with the session shows them. Answers the live workout; " +
                "a finished one 409, another user's 404.")
            .RequireAuthorization()
            .AllowAccessToken(TokenScopes.LogsWrite)
            .Produces<LiveWorkoutResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
