using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Platform.Domain;
using Mediator;

namespace CaliFlow.Modules.Platform.Features.ShowSandboxCheckout;

internal sealed record ShowSandboxCheckoutQuery(Guid SessionId) : IQuery<Result<SandboxCheckoutView>>;

internal sealed record SandboxCheckoutView(Guid SessionId, BillingPlan Plan, long AmountMinor, string Currency, CheckoutStatus Status, bool Submitted);
