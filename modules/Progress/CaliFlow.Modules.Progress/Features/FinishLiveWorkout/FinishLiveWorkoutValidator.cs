using CaliFlow.Modules.Progress.WorkoutLogs;
using FluentValidation;

namespace CaliFlow.Modules.Progress.Features.FinishLiveWorkout;

/// <summary>The same bounds as a whole log's (LogWorkoutValidator) for what the finish adds to the sets.</summary>
internal sealed class FinishLiveWorkoutValidator : AbstractValidator<FinishLiveWorkoutCommand>
{
    public FinishLiveWorkoutValidator()
    {
        RuleFor(c => c.DurationMinutes).InclusiveBetween(1, LogWorkoutCommand.MaxDurationMinutes);
        RuleFor(c => c.Feeling).IsInEnum();
        RuleFor(c => c.Notes).MaximumLength(2000);
        RuleFor(c => c.BodyWeightKg).InclusiveBetween(20m, 400m);
    }
}
