using Mapster;

namespace CaliFlow.Modules.Platform.Billing.ListPayments;

/// <summary>Field for field, projected in SQL: the provider's payment id and the owner stay in the database.</summary>
internal sealed class PaymentResponseMapping : IRegister
{
    public void Register(TypeAdapterConfig config) => config.NewConfig<Payment, PaymentResponse>();
}
