using CaliFlow.BuildingBlocks.Messaging;
using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Exercises.CustomExercises;
using CaliFlow.Modules.Progress.Contracts;
using Microsoft.Extensions.Logging;

namespace CaliFlow.Modules.Exercises.IntegrationEventHandlers;

/// <summary>
/// Makes the exercises an import's user chose to make, under the ids the import already writes its workouts with. Made once
/// each (by id), so a redelivered event changes nothing; one that cannot be made (a pattern retired meanwhile, the user's limit
/// reached) is logged and left out, and the import writes those workouts without it.
/// </summary>
internal sealed partial class MakeCustomExercisesForImport(CustomExerciseMaker maker, ILogger<MakeCustomExercisesForImport> logger)
    : IIntegrationEventHandler<CustomExercisesRequestedIntegrationEvent>
{
    public async Task HandleAsync(CustomExercisesRequestedIntegrationEvent requested, CancellationToken cancellationToken)
    {
        foreach (var exercise in requested.Exercises)
        {
            var unit = exercise.Unit == "hold-seconds" ? ExerciseUnit.HoldSeconds : ExerciseUnit.Reps;
            var made = await maker.MakeAsync(
                exercise.Id, requested.UserId, exercise.Name, exercise.Pattern, unit, exercise.BodyweightFraction, cancellationToken);
            if (!made.IsSuccess)
            {
                LogNotMade(requested.ImportId, exercise.Name, made.Error!.Detail);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Import {ImportId}: the exercise '{Name}' was not made: {Reason}")]
    private partial void LogNotMade(Guid importId, string name, string reason);
}
