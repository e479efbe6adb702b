using CaliFlow.BuildingBlocks.Web;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.System.Features.RegisterWebhook;

internal sealed class RegisterWebhookEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/webhooks", async (RegisterWebhookCommand command, ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(command with { UserId = user.Id }, cancellationToken))
                .ToHttpResult(r => TypedResults.Created($"/webhooks/{r.Id}/deliveries", r)))
            .WithTags(SystemRoutes.WebhooksTag)
            .WithSummary("Register an HTTPS endpoint for events; the signing secret is in this answer only.")
            .RequireAuthorization()
            .Produces<RegisteredWebhook>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
}
