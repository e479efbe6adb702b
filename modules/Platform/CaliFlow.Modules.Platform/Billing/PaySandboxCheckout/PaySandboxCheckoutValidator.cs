using CaliFlow.BuildingBlocks.Validation;
using FluentValidation;

namespace CaliFlow.Modules.Platform.Billing.PaySandboxCheckout;

internal sealed class PaySandboxCheckoutValidator : AbstractValidator<PaySandboxCheckoutCommand>
{
    public PaySandboxCheckoutValidator() =>
        RuleFor(c => c.Outcome).NotEmpty().OneOf(["pay", "decline"]).WithMessage("outcome is 'pay' or 'decline'.");
}
