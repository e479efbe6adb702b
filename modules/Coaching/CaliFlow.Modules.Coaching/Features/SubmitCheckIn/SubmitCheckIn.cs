using System.Text.Json.Serialization;
using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Coaching.CheckIns;
using Mediator;

namespace CaliFlow.Modules.Coaching.Features.SubmitCheckIn;

/// <summary>
/// A check-in: scores 1-5 where higher means more of the named thing (sleep 5 = slept well, soreness 5 = very sore,
/// perceivedDifficulty 5 = sessions felt very hard), pain 0-10 by body region (see GET /check-ins/due), optional body weight
/// and notes. The client may supply the id (a UUID) so a retried submit is harmless.
/// </summary>
internal sealed record SubmitCheckInCommand(
    int? Sleep,
    int? Energy,
    int? Soreness,
    int? Stress,
    int? Motivation,
    int? PerceivedDifficulty,
    Guid? Id = null,
    decimal? BodyWeightKg = null,
    Dictionary<string, int>? Pain = null,
    string? Notes = null) : ICommand<Result<SubmittedCheckIn>>
{
    [JsonIgnore]
    public Guid UserId { get; init; }
}

/// <param name="Created">False when the same id was submitted before (a retry): the stored check-in is returned.</param>
internal sealed record SubmittedCheckIn(CheckInResponse CheckIn, bool Created);
