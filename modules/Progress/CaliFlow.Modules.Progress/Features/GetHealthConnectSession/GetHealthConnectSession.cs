using CaliFlow.BuildingBlocks.Application;
using Mediator;

namespace CaliFlow.Modules.Progress.Features.GetHealthConnectSession;

internal sealed record GetHealthConnectSessionQuery(Guid UserId, Guid LogId) : IQuery<Result<HealthConnectSessionResponse>>;

/// <summary>
/// A workout log as Android Health Connect's <c>ExerciseSessionRecord</c> (Jetpack client), with its field names and constants:
/// a phone app builds the record from it and inserts it, with no mapping of its own. Times are UTC instants with the user's
/// offset beside them. A segment's setIndex, weight and RPE are fields from the client's 1.2 versions (on 1.1, leave them out).
/// </summary>
/// <param name="ExerciseType"><c>ExerciseSessionRecord.EXERCISE_TYPE_CALISTHENICS</c> (13).</param>
/// <param name="Metadata">
/// <c>clientRecordId</c> is the log's, so writing the record again replaces it; <c>clientRecordVersion</c> grows with every edit.
/// </param>
internal sealed record HealthConnectSessionResponse(
    string RecordType,
    int ExerciseType,
    string ExerciseTypeName,
    DateTimeOffset StartTime,
    string StartZoneOffset,
    DateTimeOffset EndTime,
    string EndZoneOffset,
    string Title,
    string? Notes,
    HealthConnectMetadata Metadata,
    IReadOnlyList<HealthConnectSegment> Segments);

internal sealed record HealthConnectMetadata(string ClientRecordId, long ClientRecordVersion);

/// <summary>One set as an <c>ExerciseSegment</c>: its type, repetitions (0 for a hold, whose time is the segment), set index and load.</summary>
/// <param name="SetIndex">The set's number within its exercise, from 0.</param>
/// <param name="WeightKg">Added weight; null for bodyweight or assisted sets (Health Connect has no negative mass).</param>
/// <param name="RateOfPerceivedExertion">RPE, 0-10.</param>
/// <param name="Exercise">The library's name, for the app's own display (Health Connect keeps only the type).</param>
internal sealed record HealthConnectSegment(
    DateTimeOffset StartTime,
    DateTimeOffset EndTime,
    int SegmentType,
    string SegmentTypeName,
    int Repetitions,
    int SetIndex,
    decimal? WeightKg,
    decimal? RateOfPerceivedExertion,
    Guid ExerciseId,
    string? Exercise);
