using CaliFlow.BuildingBlocks.Application;
using Mediator;

namespace CaliFlow.Modules.Platform.Billing.ReceivePaymentWebhook;

/// <param name="Payload">The raw body, exactly as signed.</param>
internal sealed record ReceivePaymentWebhookCommand(string Provider, string Payload, string? Signature) : ICommand<Result<PaymentWebhookReceipt>>;

/// <param name="Duplicate">The event id was already handled: nothing was done again.</param>
/// <param name="Ignored">A verified event of a type billing does not act on.</param>
internal sealed record PaymentWebhookReceipt(bool Received, bool Duplicate, bool Ignored);
