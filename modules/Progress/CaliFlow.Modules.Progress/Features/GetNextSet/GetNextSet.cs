using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Programming.Contracts;
using CaliFlow.Modules.Progress.LiveWorkouts;
using Mediator;

namespace CaliFlow.Modules.Progress.Features.GetNextSet;

internal sealed record GetNextSetQuery(Guid UserId, Guid LiveWorkoutId) : IQuery<Result<NextSetResponse>>;

/// <param name="Status">next (a prescribed set is ahead), done (every prescribed set is done) or unplanned (no session).</param>
/// <param name="Rest">The rest before the next set, from the set just done; null before the first set and when none is ahead.</param>
/// <param name="SetsDone">Prescribed sets done so far (extra sets not counted).</param>
internal sealed record NextSetResponse(Guid LiveWorkoutId, NextSetStatus Status, NextSetTarget? Next, Rest? Rest, int SetsDone, int SetsPlanned)
{
    public static NextSetResponse From(Guid liveWorkoutId, NextSetPlan plan, ExerciseLibrary library) => new(
        liveWorkoutId, plan.Status, plan.Next is null ? null : NextSetTarget.From(plan.Next, library), plan.Rest, plan.SetsDone, plan.SetsPlanned);
}

/// <param name="Exercise">The exercise's slug: the prescribed one, or its replacement when it was swapped.</param>
/// <param name="PrescribedExerciseId">The session's exercise this set stands for.</param>
/// <param name="SetNumber">1-based, of <paramref name="Sets"/> prescribed.</param>
/// <param name="Reps">Target reps, for an exercise counted in reps.</param>
/// <param name="HoldSeconds">Target hold, for an exercise counted in seconds.</param>
/// <param name="Tempo">Eccentric-pause-concentric-pause seconds, when prescribed.</param>
/// <param name="AddedWeightKg">As in the exercise's last set of this workout, to start from.</param>
/// <param name="AssistanceKg">As in the exercise's last set of this workout, to start from.</param>
/// <param name="Group">The superset, circuit or EMOM it is done in, its members alternating; null for straight sets.</param>
internal sealed record NextSetTarget(
    Guid ExerciseId,
    string Exercise,
    string Name,
    Guid PrescribedExerciseId,
    int SetNumber,
    int Sets,
    int? Reps,
    int? HoldSeconds,
    int TargetRpe,
    string? Tempo,
    decimal? AddedWeightKg,
    decimal? AssistanceKg,
    ExerciseGroup? Group)
{
    public static NextSetTarget From(UpcomingSet next, ExerciseLibrary library)
    {
        var exercise = library.Exercises.FirstOrDefault(e => e.Id == next.ExerciseId);
        return new NextSetTarget(
            next.ExerciseId, exercise?.Slug ?? "", exercise?.Name ?? "", next.PrescribedExerciseId, next.SetNumber, next.Sets,
            next.Target.Reps, next.Target.HoldSeconds, next.Target.TargetRpe, next.Target.Tempo,
            next.LastSet?.AddedWeightKg, next.LastSet?.AssistanceKg, next.Group);
    }
}
