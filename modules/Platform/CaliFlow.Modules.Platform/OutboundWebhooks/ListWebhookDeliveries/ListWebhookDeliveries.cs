using CaliFlow.BuildingBlocks.Application;
using Mediator;

namespace CaliFlow.Modules.Platform.OutboundWebhooks.ListWebhookDeliveries;

internal sealed record ListWebhookDeliveriesQuery(Guid UserId, Guid WebhookId) : IQuery<Result<IReadOnlyList<DeliveryResponse>>>;

internal sealed record DeliveryResponse(
    Guid Id, string EventType, WebhookDeliveryStatus Status, int Attempts, DateTimeOffset CreatedAt, DateTimeOffset? DeliveredAt,
    DateTimeOffset? NextAttemptAt, IReadOnlyList<AttemptResponse> AttemptLog);

internal sealed record AttemptResponse(DateTimeOffset AttemptedAt, int? StatusCode, string? Error, int DurationMs);
