using FluentValidation;

namespace CaliFlow.Modules.Platform.Billing.StartCheckout;

internal sealed class StartCheckoutValidator : AbstractValidator<StartCheckoutCommand>
{
    public StartCheckoutValidator()
    {
        RuleFor(c => c.Plan).IsInEnum();
        RuleFor(c => c.IdempotencyKey)
            .MaximumLength(200)
            .Must(k => k is null || (k.Length > 0 && k.All(ch => ch is >= '!' and <= '~')))
            .WithMessage("Idempotency-Key must be 1-200 visible ASCII characters.")
            .OverridePropertyName("Idempotency-Key");
    }
}
