using CaliFlow.BuildingBlocks.Web;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Platform.OutboundWebhooks.EnableWebhook;

internal sealed class EnableWebhookEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/webhooks/{id:guid}/enable", async (Guid id, ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new EnableWebhookCommand(user.Id, id), cancellationToken)).ToHttpResult(_ => TypedResults.NoContent()))
            .WithTags(PlatformRoutes.WebhooksTag)
            .WithSummary("Turn an endpoint disabled for failing back on (after fixing its receiver); enabling an enabled one does nothing.")
            .WithDescription(
                "An endpoint is disabled once every attempt has failed for a day (by default): its waiting deliveries were then marked " +
                "failed and later events dropped, and enabling resends neither. Only events from now on are delivered, with a fresh " +
                "failure count; an id that is not one of the caller's endpoints answers 404.")
            .RequireAuthorization()
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
