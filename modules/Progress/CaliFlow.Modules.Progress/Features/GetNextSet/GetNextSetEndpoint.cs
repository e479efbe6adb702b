using CaliFlow.BuildingBlocks.Web;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Progress.Features.GetNextSet;

internal sealed class GetNextSetEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/live/{id:guid}/next", async (Guid id, ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetNextSetQuery(user.Id, id), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithTags(ProgressRoutes.LiveTag)
            .WithSummary("The next prescribed set of a live workout and the rest to take before it.")
            .WithDescription(
                "Exercises come in the session's order, set after set, except that a group's members (a superset, a circuit) " +
                "alternate round by round; a skipped exercise is left out and a swapped one is done as its replacement. The rest " +
                "is the prescription's rest after the set just done (none between a superset's members), half as long again " +
                "(rounded up to a quarter minute) when that set fell short of its target, and it is given as times (startedAt, " +
                "endsAt) so every device shows the same timer. A finished workout answers 409, another user's 404.")
            .RequireAuthorization()
            .AllowAccessToken(TokenScopes.LogsRead)
            .Produces<NextSetResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
