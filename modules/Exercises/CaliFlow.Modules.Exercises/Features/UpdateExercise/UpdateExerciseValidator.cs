using CaliFlow.Modules.Exercises.Library;
using FluentValidation;

namespace CaliFlow.Modules.Exercises.Features.UpdateExercise;

internal sealed class UpdateExerciseValidator : AbstractValidator<UpdateExerciseCommand>
{
    public UpdateExerciseValidator() => Include(new ExerciseInputValidator());
}
