using CaliFlow.Modules.Exercises.Library;
using FluentValidation;

namespace CaliFlow.Modules.Exercises.Features.CreateProgression;

internal sealed class CreateProgressionValidator : AbstractValidator<CreateProgressionCommand>
{
    public CreateProgressionValidator()
    {
        RuleFor(c => c.From).NotEmpty().MaximumLength(80);
        RuleFor(c => c.To).NotEmpty().MaximumLength(80);
        RuleFor(c => c.Rule).NotNull().SetValidator(new UnlockRuleValidator());
    }
}
