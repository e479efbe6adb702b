using CaliFlow.BuildingBlocks.Application;
using Mediator;

namespace CaliFlow.Modules.System.Features.DeleteWebhook;

internal sealed record DeleteWebhookCommand(Guid UserId, Guid WebhookId) : ICommand<Result<Unit>>;
