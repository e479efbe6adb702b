using CaliFlow.BuildingBlocks.Validation;
using FluentValidation;

namespace CaliFlow.Modules.Platform.Billing.RunSandboxAction;

internal sealed class RunSandboxActionValidator : AbstractValidator<RunSandboxActionCommand>
{
    public RunSandboxActionValidator() =>
        RuleFor(c => c.Action).NotEmpty().OneOf(["renew", "fail-renewal", "refund"]).WithMessage("action is renew, fail-renewal or refund.");
}
