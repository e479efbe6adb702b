using FluentValidation;

namespace CaliFlow.Modules.Programming.Features.SkipSession;

internal sealed class SkipSessionValidator : AbstractValidator<SkipSessionCommand>
{
    public SkipSessionValidator() => RuleFor(c => c.Reason).MaximumLength(500);
}
