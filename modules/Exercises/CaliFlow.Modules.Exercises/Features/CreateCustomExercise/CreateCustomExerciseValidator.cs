using FluentValidation;

namespace CaliFlow.Modules.Exercises.Features.CreateCustomExercise;

internal sealed class CreateCustomExerciseValidator : AbstractValidator<CreateCustomExerciseCommand>
{
    public CreateCustomExerciseValidator()
    {
        RuleFor(c => c.Id).Must(id => id is null || id.Value.Version == 7).WithMessage("A client-made id must be a UUIDv7.");
        RuleFor(c => c.Name).NotEmpty().MaximumLength(100);
        RuleFor(c => c.Pattern).NotEmpty().MaximumLength(80);
        RuleFor(c => c.Unit).NotNull().IsInEnum();
        RuleFor(c => c.BodyweightFraction).InclusiveBetween(0m, 1.5m);
    }
}
