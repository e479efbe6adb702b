using CaliFlow.BuildingBlocks.Application;
using Mediator;

namespace CaliFlow.Modules.Platform.Billing.CancelSubscription;

internal sealed record CancelSubscriptionCommand(Guid UserId) : ICommand<Result<CancellationRequested>>;

/// <param name="PremiumUntil">Premium stays open until then; the provider confirms the cancellation by webhook.</param>
internal sealed record CancellationRequested(Guid SubscriptionId, DateTimeOffset PremiumUntil);
