using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Platform.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Platform.OutboundWebhooks.EnableWebhook;

/// <summary>Turns back on an endpoint the sender disabled (its receiver is fixed): new events are queued and sent again.</summary>
internal sealed class EnableWebhookHandler(PlatformDbContext db) : ICommandHandler<EnableWebhookCommand, Result<Unit>>
{
    public async ValueTask<Result<Unit>> Handle(EnableWebhookCommand command, CancellationToken cancellationToken)
    {
        var endpoint = await db.WebhookEndpoints.SingleOrDefaultAsync(
            e => e.Id == command.WebhookId && e.OwnerId == command.UserId, cancellationToken);
        if (endpoint is null)
        {
            return WebhookErrors.NotFound;
        }

        endpoint.Enable();
        return Unit.Value;
    }
}
