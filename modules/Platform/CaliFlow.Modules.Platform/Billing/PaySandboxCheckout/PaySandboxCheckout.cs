using CaliFlow.BuildingBlocks.Application;
using Mediator;

namespace CaliFlow.Modules.Platform.Billing.PaySandboxCheckout;

/// <param name="Outcome">pay or decline.</param>
internal sealed record PaySandboxCheckoutCommand(Guid SessionId, string Outcome) : ICommand<Result<SandboxPaymentSubmitted>>;

/// <summary>The sandbox took the answer; its webhook reaches the API shortly (as a real provider's does).</summary>
internal sealed record SandboxPaymentSubmitted(Guid SessionId, string Outcome);
