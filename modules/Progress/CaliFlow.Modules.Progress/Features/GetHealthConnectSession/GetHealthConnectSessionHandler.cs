using System.Globalization;
using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Progress.HealthPlatforms;
using Mediator;

namespace CaliFlow.Modules.Progress.Features.GetHealthConnectSession;

internal sealed class GetHealthConnectSessionHandler(PlacedWorkoutReader reader)
    : IQueryHandler<GetHealthConnectSessionQuery, Result<HealthConnectSessionResponse>>
{
    private const int CalisthenicsSession = 13;

    public async ValueTask<Result<HealthConnectSessionResponse>> Handle(GetHealthConnectSessionQuery query, CancellationToken cancellationToken)
    {
        var placed = await reader.ReadAsync(query.UserId, query.LogId, cancellationToken);
        if (!placed.IsSuccess)
        {
            return placed.Error!;
        }

        var workout = placed.Value;
        var offset = ZoneOffset(workout.Offset);
        return new HealthConnectSessionResponse(
            "ExerciseSessionRecord",
            CalisthenicsSession,
            "EXERCISE_TYPE_CALISTHENICS",
            workout.Start.ToUniversalTime(),
            offset,
            workout.End.ToUniversalTime(),
            offset,
            WorkoutTitle.Of(workout),
            workout.Log.Notes,
            new HealthConnectMetadata($"califlow:{workout.Log.Id}", workout.Log.UpdatedAt.ToUnixTimeMilliseconds()),
            [
                .. workout.Sets.Select(s =>
                {
                    var type = SegmentTypes.For(s.Exercise?.Slug ?? "", s.Pattern);
                    return new HealthConnectSegment(
                        s.Start.ToUniversalTime(), s.End.ToUniversalTime(), type.Value, type.Name, s.Performed.Reps ?? 0, s.SetIndex,
                        s.Performed.AddedWeightKg is > 0 ? s.Performed.AddedWeightKg : null, s.Performed.Rpe, s.ExerciseId, s.Exercise?.Name);
                }),
            ]);
    }

    /// <summary>As <c>java.time.ZoneOffset</c> parses it: +01:00, -03:30, Z for none.</summary>
    private static string ZoneOffset(TimeSpan offset) =>
        offset == TimeSpan.Zero ? "Z" : (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture);
}
