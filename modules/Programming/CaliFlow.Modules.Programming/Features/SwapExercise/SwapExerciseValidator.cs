using FluentValidation;

namespace CaliFlow.Modules.Programming.Features.SwapExercise;

internal sealed class SwapExerciseValidator : AbstractValidator<SwapExerciseCommand>
{
    public SwapExerciseValidator()
    {
        RuleFor(c => c.SessionExerciseId).NotNull();
        RuleFor(c => c.Exercise).NotEmpty().MaximumLength(80);
    }
}
