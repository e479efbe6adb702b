using CaliFlow.Modules.Exercises.Library;
using FluentValidation;

namespace CaliFlow.Modules.Exercises.Features.CreateExercise;

internal sealed class CreateExerciseValidator : AbstractValidator<CreateExerciseCommand>
{
    public CreateExerciseValidator()
    {
        RuleFor(c => c.Id).Must(id => id is null || id.Value.Version == 7).WithMessage("A client-made id must be a UUIDv7.");
        RuleFor(c => c.Slug).NotEmpty().MaximumLength(80)
            .Matches("^[a-z0-9]+(-[a-z0-9]+)*$").WithMessage("A slug is lowercase words joined by hyphens, e.g. 'archer-push-up'.");
        Include(new ExerciseInputValidator());
    }
}
