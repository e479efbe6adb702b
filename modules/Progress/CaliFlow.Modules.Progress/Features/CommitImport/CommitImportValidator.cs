using CaliFlow.BuildingBlocks.Validation;
using FluentValidation;

namespace CaliFlow.Modules.Progress.Features.CommitImport;

internal sealed class CommitImportValidator : AbstractValidator<CommitImportCommand>
{
    public CommitImportValidator()
    {
        RuleFor(c => c.Exercises).MaxItems(CommitImportCommand.MaxDecisions);
        RuleForEach(c => c.Exercises).NotNull().SetValidator(new ExerciseDecisionValidator());
        RuleFor(c => c.Exercises)
            .Must(e => e is null || e.Select(d => d?.Name).Distinct(StringComparer.Ordinal).Count() == e.Count)
            .WithMessage("Each name may have one choice.");
    }
}

internal sealed class ExerciseDecisionValidator : AbstractValidator<ExerciseDecision>
{
    public ExerciseDecisionValidator()
    {
        RuleFor(d => d.Name).NotEmpty().MaximumLength(300);
        RuleFor(d => d.Exercise).MaximumLength(80);
        RuleFor(d => d.Exercise)
            .Must((d, exercise) => (d.Skip == true) != !string.IsNullOrWhiteSpace(exercise))
            .WithMessage("Give either an exercise to write this name as, or skip: true.");
    }
}
