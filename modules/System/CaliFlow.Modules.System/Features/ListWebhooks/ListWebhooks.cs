using CaliFlow.BuildingBlocks.Application;
using Mediator;

namespace CaliFlow.Modules.System.Features.ListWebhooks;

internal sealed record ListWebhooksQuery(Guid UserId) : IQuery<Result<IReadOnlyList<WebhookResponse>>>;

internal sealed record WebhookResponse(Guid Id, string Url, IReadOnlyList<string> Events, DateTimeOffset CreatedAt);
