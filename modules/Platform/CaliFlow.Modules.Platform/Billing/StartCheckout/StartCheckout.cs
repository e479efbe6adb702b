using System.Text.Json.Serialization;
using CaliFlow.BuildingBlocks.Application;
using Mediator;

namespace CaliFlow.Modules.Platform.Billing.StartCheckout;

/// <param name="Plan">monthly or yearly premium.</param>
internal sealed record StartCheckoutCommand(BillingPlan Plan) : ICommand<Result<CheckoutResponse>>
{
    [JsonIgnore]
    public Guid UserId { get; init; }

    /// <summary>From the Idempotency-Key header: a retry with the same key and body gets the first answer.</summary>
    [JsonIgnore]
    public string? IdempotencyKey { get; init; }
}

/// <param name="CheckoutUrl">Where the payer goes to pay, on the provider's page (card data never touches this API).</param>
internal sealed record CheckoutResponse(Guid SessionId, string CheckoutUrl, BillingPlan Plan, long AmountMinor, string Currency);
