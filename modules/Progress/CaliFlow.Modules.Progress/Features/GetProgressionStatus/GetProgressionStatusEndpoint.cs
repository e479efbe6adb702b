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
            .RequireAuthorization()
            .Produces<ProgressionStatus>();
}
