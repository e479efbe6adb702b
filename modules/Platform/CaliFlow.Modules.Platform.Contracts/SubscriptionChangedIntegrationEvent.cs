using CaliFlow.BuildingBlocks.Messaging;

namespace CaliFlow.Modules.Platform.Contracts;

/// <summary>
/// Billing changed what a user is entitled to. The Users module keeps the subscription that gates premium and applies these in
/// <see cref="Version"/> order: a change older than the one it holds is ignored, so redelivery and reordering are harmless.
/// </summary>
/// <param name="Premium">Whether the user is entitled to premium until <see cref="PremiumUntil"/>.</param>
/// <param name="PremiumUntil">End of the paid period (premium closes then, whether or not anybody tells Users).</param>
/// <param name="Status">The billing state: active, past_due, canceled or expired.</param>
/// <param name="Version">Increases with every change of any subscription (a database sequence).</param>
public sealed record SubscriptionChangedIntegrationEvent(
    Guid UserId,
    bool Premium,
    DateTimeOffset? PremiumUntil,
    string Status,
    long Version) : IIntegrationEvent;
