using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Progress.HealthPlatforms;
using Mediator;

namespace CaliFlow.Modules.Progress.Features.GetHealthKitWorkout;

internal sealed class GetHealthKitWorkoutHandler(PlacedWorkoutReader reader) : IQueryHandler<GetHealthKitWorkoutQuery, Result<HealthKitWorkoutResponse>>
{
    private const int FunctionalStrengthTraining = 20;
    private const int SegmentEvent = 7;

    public async ValueTask<Result<HealthKitWorkoutResponse>> Handle(GetHealthKitWorkoutQuery query, CancellationToken cancellationToken)
    {
        var placed = await reader.ReadAsync(query.UserId, query.LogId, cancellationToken);
        if (!placed.IsSuccess)
        {
            return placed.Error!;
        }

        var workout = placed.Value;
        return new HealthKitWorkoutResponse(
            FunctionalStrengthTraining,
            "functionalStrengthTraining",
            workout.Start.ToUniversalTime(),
            workout.End.ToUniversalTime(),
            (workout.End - workout.Start).TotalSeconds,
            new HealthKitWorkoutMetadata(workout.Log.Id.ToString(), workout.TimeZone),
            [
                .. workout.Sets.Select(s => new HealthKitWorkoutEvent(
                    SegmentEvent, "segment", s.Start.ToUniversalTime(), s.End.ToUniversalTime(),
                    new HealthKitSetMetadata(
                        s.ExerciseId, s.Exercise?.Name, s.SetIndex, s.Performed.Reps, s.Performed.HoldSeconds, s.Performed.AddedWeightKg,
                        s.Performed.AssistanceKg, s.Performed.Rpe))),
            ]);
    }
}
