using CaliFlow.BuildingBlocks.Application;
using Mediator;

namespace CaliFlow.Modules.Platform.OutboundWebhooks.EnableWebhook;

internal sealed record EnableWebhookCommand(Guid UserId, Guid WebhookId) : ICommand<Result<Unit>>;
