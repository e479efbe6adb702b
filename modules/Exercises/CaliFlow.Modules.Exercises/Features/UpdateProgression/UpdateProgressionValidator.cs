using CaliFlow.Modules.Exercises.Library;
using FluentValidation;

namespace CaliFlow.Modules.Exercises.Features.UpdateProgression;

internal sealed class UpdateProgressionValidator : AbstractValidator<UpdateProgressionCommand>
{
    public UpdateProgressionValidator() => RuleFor(c => c.Rule).NotNull().SetValidator(new UnlockRuleValidator());
}
