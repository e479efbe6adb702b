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
            .Must((d, exercise) => new[] { d.Skip == true, !string.IsNullOrWhiteSpace(exercise), d.Create is not null }.Count(c => c) == 1)
            .WithMessage("Give one of: an exercise to write this name as, create (to make it an exercise of your own), or skip: true.");
        RuleFor(d => d.Name).MaximumLength(100).When(d => d.Create is not null)
            .WithMessage("An exercise of your own has a name of at most 100 characters.");
        RuleFor(d => d.Create!).SetValidator(new NewExerciseValidator()).When(d => d.Create is not null);
    }
}

internal sealed class NewExerciseValidator : AbstractValidator<NewExercise>
{
    public NewExerciseValidator()
    {
        RuleFor(e => e.Pattern).NotEmpty().MaximumLength(80);
        RuleFor(e => e.Unit).NotNull().IsInEnum();
        RuleFor(e => e.BodyweightFraction).InclusiveBetween(0m, 1.5m);
    }
}
