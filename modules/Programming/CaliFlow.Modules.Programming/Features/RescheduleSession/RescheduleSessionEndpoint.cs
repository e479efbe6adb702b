using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Programming.Sessions;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Programming.Features.RescheduleSession;

internal sealed class RescheduleSessionEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/sessions/{id:guid}/reschedule", async (Guid id, RescheduleSessionCommand command, ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(command with { UserId = user.Id, SessionId = id }, cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithTags(ProgrammingRoutes.SessionsTag)
            .WithSummary("Move a planned session to another day of the plan.")
            .WithDescription(
                "The date must lie between today (your time zone) and the plan's last day, else 400; the first date is kept as originalDate. 409 " +
                "when another session of the plan, skipped ones aside, is on that day, or when the session is done or skipped or its plan " +
                "archived; another user's session id answers 404.")
            .RequireAuthorization()
            .Produces<SessionResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
