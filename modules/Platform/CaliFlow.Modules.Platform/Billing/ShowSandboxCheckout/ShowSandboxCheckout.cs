using CaliFlow.BuildingBlocks.Application;
using Mediator;

namespace CaliFlow.Modules.Platform.Billing.ShowSandboxCheckout;

internal sealed record ShowSandboxCheckoutQuery(Guid SessionId) : IQuery<Result<SandboxCheckoutView>>;

internal sealed record SandboxCheckoutView(Guid SessionId, BillingPlan Plan, long AmountMinor, string Currency, CheckoutStatus Status, bool Submitted);
