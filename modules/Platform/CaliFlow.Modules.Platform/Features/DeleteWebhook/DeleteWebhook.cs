using CaliFlow.BuildingBlocks.Application;
using Mediator;

namespace CaliFlow.Modules.Platform.Features.DeleteWebhook;

internal sealed record DeleteWebhookCommand(Guid UserId, Guid WebhookId) : ICommand<Result<Unit>>;
