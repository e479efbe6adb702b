using CaliFlow.BuildingBlocks.Validation;
using CaliFlow.Modules.Progress.Dates;
using CaliFlow.Modules.Progress.Domain;
using FluentValidation;

namespace CaliFlow.Modules.Progress.WorkoutLogs;

internal sealed class LogWorkoutValidator : AbstractValidator<LogWorkoutCommand>
{
    public LogWorkoutValidator(TimeProvider time)
    {
        RuleFor(c => c.Id).NotNull().Must(id => id is null || id.Value.Version == 7).WithMessage("The id must be a UUIDv7 made by the client.");
        RuleFor(c => c.PerformedOn).NotNull().WithinWorkoutBounds(time);
        RuleFor(c => c.DurationMinutes).InclusiveBetween(1, LogWorkoutCommand.MaxDurationMinutes);
        RuleFor(c => c.StartedAt)
            .Must(s => s is null || s <= time.GetUtcNow().AddMinutes(5)).WithMessage("A workout cannot start in the future.")
            // The date as the client wrote the time (in its own offset) is the local date, give or take a day for a client
            // that sends UTC.
            .Must((c, s) => s is null || c.PerformedOn is not { } on || Math.Abs(DateOnly.FromDateTime(s.Value.DateTime).DayNumber - on.DayNumber) <= 1)
            .WithMessage("startedAt must fall on performedOn.");
        RuleFor(c => c.Feeling).IsInEnum();
        RuleFor(c => c.Notes).MaximumLength(2000);
        RuleFor(c => c.BodyWeightKg).InclusiveBetween(20m, 400m);
        RuleFor(c => c.Exercises).NotEmpty().MaxItems(LogWorkoutCommand.MaxExercises)
            .WithMessage($"At most {LogWorkoutCommand.MaxExercises} exercises in one workout.");
        RuleForEach(c => c.Exercises).SetValidator(new LoggedExerciseValidator());
        RuleFor(c => c.Changes).MaxItems(LogWorkoutCommand.MaxExercises);
        RuleForEach(c => c.Changes).SetValidator(new RequestedChangeValidator());
    }
}

/// <summary>One logged exercise and its sets; shared with the edit slice.</summary>
internal sealed class LoggedExerciseValidator : AbstractValidator<LoggedExercise>
{
    public LoggedExerciseValidator()
    {
        RuleFor(e => e.Exercise).NotEmpty().MaximumLength(80);
        RuleFor(e => e.Sets).NotEmpty().MaxItems(LogWorkoutCommand.MaxSets)
            .WithMessage($"At most {LogWorkoutCommand.MaxSets} sets of one exercise.");
        RuleForEach(e => e.Sets).SetValidator(new PerformedSetValidator());
    }

    private sealed class PerformedSetValidator : AbstractValidator<PerformedSet>
    {
        public PerformedSetValidator()
        {
            RuleFor(s => s).Must(s => (s.Reps is null) != (s.HoldSeconds is null))
                .WithName("reps").WithMessage("A set has reps or holdSeconds, one of them.");
            RuleFor(s => s.Reps).InclusiveBetween(0, 1000);
            RuleFor(s => s.HoldSeconds).InclusiveBetween(0, 3600);
            RuleFor(s => s.Rpe).InclusiveBetween(1m, 10m);
            RuleFor(s => s.AddedWeightKg).InclusiveBetween(0m, 500m);
            RuleFor(s => s.AssistanceKg).InclusiveBetween(0m, 500m);
        }
    }
}
