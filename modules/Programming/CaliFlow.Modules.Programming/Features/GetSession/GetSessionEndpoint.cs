using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Programming.Sessions;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Programming.Features.GetSession;

internal sealed class GetSessionEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/sessions/{id:guid}", async (Guid id, ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetSessionQuery(user.Id, id), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithTags(ProgrammingRoutes.SessionsTag)
            .WithSummary("One session: its exercises in order with the sets to do.")
            .WithDescription(
                "Any of your sessions, from an active or archived plan and whatever its status; another user's session id answers 404. It also " +
                "carries the warm-up, the estimated minutes, its original date if it was moved, the exercise each entry had before it was swapped " +
                "or progressed, and the changes check-ins made, each with its reason.")
            .RequireAuthorization()
            .AllowAccessToken(TokenScopes.PlansRead)
            .Produces<SessionResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
