using CaliFlow.Modules.Progress.WorkoutLogs;
using FluentValidation;

namespace CaliFlow.Modules.Progress.Features.ChangeLiveExercise;

/// <summary>The same rules as a whole log's changes.</summary>
internal sealed class ChangeLiveExerciseValidator : AbstractValidator<ChangeLiveExerciseCommand>
{
    public ChangeLiveExerciseValidator() => RequestedChangeRules.AddTo(this);
}
