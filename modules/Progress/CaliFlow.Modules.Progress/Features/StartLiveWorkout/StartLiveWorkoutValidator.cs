using FluentValidation;

namespace CaliFlow.Modules.Progress.Features.StartLiveWorkout;

internal sealed class StartLiveWorkoutValidator : AbstractValidator<StartLiveWorkoutCommand>
{
    public StartLiveWorkoutValidator()
    {
        RuleFor(c => c.Id).Must(id => id is null || id.Value.Version == 7).WithMessage("A client-made id must be a UUIDv7.");
    }
}
