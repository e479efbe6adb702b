using FluentValidation;

namespace CaliFlow.Modules.Platform.Billing.RunSandboxAction;

internal sealed class RunSandboxActionValidator : AbstractValidator<RunSandboxActionCommand>
{
    public RunSandboxActionValidator() =>
        RuleFor(c => c.Action).Must(a => a is "renew" or "fail-renewal" or "refund").WithMessage("action is renew, fail-renewal or refund.");
}
