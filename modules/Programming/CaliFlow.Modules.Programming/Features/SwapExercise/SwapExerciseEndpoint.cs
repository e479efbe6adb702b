using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Programming.Sessions;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Programming.Features.SwapExercise;

internal sealed class SwapExerciseEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/sessions/{id:guid}/swap", async (Guid id, SwapExerciseCommand command, ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(command with { UserId = user.Id, SessionId = id }, cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithTags(ProgrammingRoutes.SessionsTag)
            .WithSummary("Replace an exercise of a planned session with an easier or harder step, or another of the same pattern.")
            .WithDescription(
                "sessionExerciseId is the id of an entry in the session's exercises (404 when there is no such entry); exercise, an id or slug, " +
                "must differ from the current one and suit your profile's equipment, else 400. Sets carry over (reps become holds of 3 s a rep, " +
                "and back), and applyToRemainingWeeks also swaps it in the plan's later planned sessions. 409 when the session is done or skipped " +
                "or its plan archived; another user's session id answers 404.")
            .RequireAuthorization()
            .Produces<SessionResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
