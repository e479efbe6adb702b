using CaliFlow.BuildingBlocks.Application;
using Mediator;

namespace CaliFlow.Modules.Platform.OutboundWebhooks.ListWebhooks;

internal sealed record ListWebhooksQuery(Guid UserId) : IQuery<Result<IReadOnlyList<WebhookResponse>>>;

/// <param name="PendingDeliveries">Deliveries waiting to be sent or retried (at most Webhooks:MaxPendingPerEndpoint).</param>
/// <param name="DroppedDeliveries">Events not queued for this endpoint because its queue was full or it was disabled.</param>
/// <param name="FailingSince">Every attempt has failed since then; after a day of that the endpoint is disabled.</param>
/// <param name="DisabledReason">Why it was disabled; POST /webhooks/{id}/enable turns it back on.</param>
internal sealed record WebhookResponse(
    Guid Id, string Url, IReadOnlyList<string> Events, DateTimeOffset CreatedAt, int PendingDeliveries, int DroppedDeliveries,
    DateTimeOffset? LastDroppedAt, DateTimeOffset? FailingSince, DateTimeOffset? DisabledAt, string? DisabledReason);
