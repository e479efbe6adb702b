using CaliFlow.BuildingBlocks.Validation;
using CaliFlow.Modules.Progress.WorkoutLogs;
using FluentValidation;

namespace CaliFlow.Modules.Progress.Features.EditWorkoutLog;

internal sealed class EditWorkoutLogValidator : AbstractValidator<EditWorkoutLogCommand>
{
    public EditWorkoutLogValidator()
    {
        RuleFor(c => c.DurationMinutes).InclusiveBetween(1, LogWorkoutCommand.MaxDurationMinutes);
        RuleFor(c => c.Feeling).IsInEnum();
        RuleFor(c => c.Notes).MaximumLength(2000);
        RuleFor(c => c.Exercises).ItemCount(1, LogWorkoutCommand.MaxExercises)
            .WithMessage($"Give 1 to {LogWorkoutCommand.MaxExercises} exercises.");
        RuleForEach(c => c.Exercises).SetValidator(new LoggedExerciseValidator());
    }
}
