using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Programming.Sessions;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Programming.Features.SkipSession;

internal sealed class SkipSessionEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/sessions/{id:guid}/skip", async (Guid id, SkipSessionCommand? command, ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send((command ?? new SkipSessionCommand()) with { UserId = user.Id, SessionId = id }, cancellationToken))
                .ToHttpResult(TypedResults.Ok))
            .WithTags(ProgrammingRoutes.SessionsTag)
            .WithSummary("Skip a planned session (optionally saying why); today's workout moves on to the next one.")
            .WithDescription(
                "The body is optional (reason up to 500 characters). Only planned sessions of your active plan can be skipped: a done or already " +
                "skipped session, or an archived plan, answers 409, and another user's session id 404. A workout logged against it later still " +
                "marks it done, and skipping the last planned session of a week can close that week or the plan, which counts towards " +
                "achievements when at least half its sessions were done.")
            .RequireAuthorization()
            .Produces<SessionResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
