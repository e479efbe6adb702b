using CaliFlow.BuildingBlocks.Web;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Progress.Features.GetProgressionStatus;

internal sealed class GetProgressionStatusEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/progressions/status", async (ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new GetProgressionStatusQuery(user.Id), cancellationToken)))
            .WithTags(ProgressRoutes.LogsTag)
            .WithSummary("Per movement pattern: the variation you train now, the next unlock and how far along you are.")
            .WithDescription(
                "Covers each pattern you logged in the last 180 days or that auto-progression changed, so it is " +
                "empty until you log; current is auto-progression's last choice, else the variation you logged " +
                "last. The next unlock is the easiest harder variation your equipment allows, with the qualifying " +
                "sessions towards its rule counted since the pattern's last change, and null when there is none.")
            .RequireAuthorization()
            .AllowAccessToken(TokenScopes.LogsRead)
            .Produces<ProgressionStatus>();
}
