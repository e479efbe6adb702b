using FluentValidation;

namespace CaliFlow.Modules.Platform.Billing.PaySandboxCheckout;

internal sealed class PaySandboxCheckoutValidator : AbstractValidator<PaySandboxCheckoutCommand>
{
    public PaySandboxCheckoutValidator() =>
        RuleFor(c => c.Outcome).Must(o => o is "pay" or "decline").WithMessage("outcome is 'pay' or 'decline'.");
}
