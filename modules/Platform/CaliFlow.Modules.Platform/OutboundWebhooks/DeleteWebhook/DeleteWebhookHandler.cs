using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Platform.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Platform.OutboundWebhooks.DeleteWebhook;

/// <summary>The endpoint goes with its deliveries and their attempts (nothing more is sent to it).</summary>
internal sealed class DeleteWebhookHandler(PlatformDbContext db) : ICommandHandler<DeleteWebhookCommand, Result<Unit>>
{
    public async ValueTask<Result<Unit>> Handle(DeleteWebhookCommand command, CancellationToken cancellationToken)
    {
        var deleted = await db.WebhookEndpoints
            .Where(e => e.Id == command.WebhookId && e.OwnerId == command.UserId)
            .ExecuteDeleteAsync(cancellationToken);
        return deleted == 0 ? WebhookErrors.NotFound : Unit.Value;
    }
}
