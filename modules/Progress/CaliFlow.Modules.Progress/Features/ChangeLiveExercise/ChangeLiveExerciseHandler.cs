using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Programming.Contracts;
using CaliFlow.Modules.Progress.LiveWorkouts;
using CaliFlow.Modules.Progress.Persistence;
using CaliFlow.Modules.Progress.WorkoutLogs;
using Mediator;

namespace CaliFlow.Modules.Progress.Features.ChangeLiveExercise;

/// <summary>
/// Swaps, skips or adds one exercise of a live workout, by the same rules as a whole log's changes; setting it again replaces
/// the exercise's earlier change.
/// </summary>
internal sealed class ChangeLiveExerciseHandler(ProgressDbContext db, IProgrammingQueries programming, IExerciseCatalog exercises)
    : ICommandHandler<ChangeLiveExerciseCommand, Result<LiveWorkoutResponse>>
{
    public async ValueTask<Result<LiveWorkoutResponse>> Handle(ChangeLiveExerciseCommand command, CancellationToken cancellationToken)
    {
        var open = await db.LockOpenLiveWorkoutAsync(command.UserId, command.LiveWorkoutId, cancellationToken);
        if (!open.IsSuccess)
        {
            return open.Error!;
        }

        var live = open.Value;
        var prescription = live.SessionId is { } sessionId ? await programming.GetSessionAsync(command.UserId, sessionId, cancellationToken) : null;
        var library = await exercises.GetLibraryAsync(cancellationToken);
        var change = SessionChanges.Resolve(command, prescription, library, "");
        if (!change.IsSuccess)
        {
            return change.Error!;
        }

        if (SessionChanges.Overlaps(live.Changes.Where(c => c.ExerciseId != change.Value.ExerciseId), change.Value))
        {
            return SessionChanges.DuplicateChange("exercise");
        }

        live.Change(change.Value);
        return LiveWorkoutResponse.From(live, library);
    }
}
