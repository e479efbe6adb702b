using CaliFlow.BuildingBlocks.Application;
using Mediator;

namespace CaliFlow.Modules.Platform.Billing.ListPayments;

internal sealed record ListPaymentsQuery(Guid UserId) : IQuery<Result<IReadOnlyList<PaymentResponse>>>;

/// <param name="AmountMinor">In the currency's minor unit (cents for EUR).</param>
/// <param name="Currency">ISO 4217.</param>
internal sealed record PaymentResponse(
    Guid Id, DateTimeOffset OccurredAt, BillingPlan Plan, long AmountMinor, string Currency, PaymentStatus Status, DateTimeOffset? RefundedAt, string Provider);
