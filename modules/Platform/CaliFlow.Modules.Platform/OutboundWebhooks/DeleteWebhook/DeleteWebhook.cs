using CaliFlow.BuildingBlocks.Application;
using Mediator;

namespace CaliFlow.Modules.Platform.OutboundWebhooks.DeleteWebhook;

internal sealed record DeleteWebhookCommand(Guid UserId, Guid WebhookId) : ICommand<Result<Unit>>;
