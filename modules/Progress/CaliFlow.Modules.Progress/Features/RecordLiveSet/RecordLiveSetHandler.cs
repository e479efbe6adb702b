using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Progress.Domain;
using CaliFlow.Modules.Progress.LiveWorkouts;
using CaliFlow.Modules.Progress.Persistence;
using CaliFlow.Modules.Progress.WorkoutLogs;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Progress.Features.RecordLiveSet;

internal sealed class RecordLiveSetHandler(ProgressDbContext db, IExerciseCatalog exercises)
    : ICommandHandler<RecordLiveSetCommand, Result<RecordedLiveSet>>
{
    public async ValueTask<Result<RecordedLiveSet>> Handle(RecordLiveSetCommand command, CancellationToken cancellationToken)
    {
        var open = await db.LockOpenLiveWorkoutAsync(command.UserId, command.LiveWorkoutId, cancellationToken);
        if (!open.IsSuccess)
        {
            return open.Error!;
        }

        var live = open.Value;

        var library = await exercises.GetLibraryAsync(cancellationToken);
        var performed = new PerformedSet(command.Reps, command.HoldSeconds, command.Rpe, command.AddedWeightKg, command.AssistanceKg);
        var resolved = WorkoutLogWriter.Resolve(live.Id, [new LoggedExercise(command.Exercise, [performed])], library);
        if (!resolved.IsSuccess)
        {
            // The writer names the field as in a whole log (exercises[0].…); here the body is the one set.
            return Error.Validation(resolved.Error!.Code, resolved.Error.Detail, resolved.Error.Code == "wrong_unit" ? "reps" : "exercise");
        }

        var exerciseId = resolved.Value[0].ExerciseId;
        var set = live.Sets.FirstOrDefault(s => s.Id == command.SetId);
        if (set is not null)
        {
            if (set.Replace(exerciseId, performed))
            {
                db.MarkSetsChanged(live);
                await db.SaveChangesAsync(cancellationToken);
            }

            return new RecordedLiveSet(false, LiveSetResponse.From(set, library));
        }

        if (await db.LiveSets.AnyAsync(s => s.Id == command.SetId, cancellationToken))
        {
            return ProgressErrors.LiveSetIdConflict;
        }

        // The finished log must fit what a whole log may hold.
        var exercisesAfter = live.Sets.Select(s => s.ExerciseId).Append(exerciseId).Distinct().Count();
        if (exercisesAfter > LogWorkoutCommand.MaxExercises ||
            live.Sets.Count(s => s.ExerciseId == exerciseId) >= LogWorkoutCommand.MaxSets)
        {
            return Error.Validation(
                "too_many_sets",
                $"A workout holds at most {LogWorkoutCommand.MaxExercises} exercises of at most {LogWorkoutCommand.MaxSets} sets each.",
                "exercise");
        }

        set = LiveSet.Record(command.SetId, live.Id, exerciseId, performed);
        live.Sets.Add(set);
        db.MarkSetsChanged(live);
        await db.SaveChangesAsync(cancellationToken);
        return new RecordedLiveSet(true, LiveSetResponse.From(set, library));
    }
}
