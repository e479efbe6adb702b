using System.Text.Json.Serialization;
using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Users.Contracts;
using CaliFlow.Modules.Users.Profiles;
using Mediator;

namespace CaliFlow.Modules.Users.Features.UpdateProfile;

/// <summary>
/// A partial update: fields left out (or null) keep their value. Height and weight may be given in imperial units
/// (<paramref name="HeightIn"/>, <paramref name="WeightLb"/>) instead; they are stored metric.
/// </summary>
/// <param name="UnfinishedWorkouts">log (the default) or discard: what becomes of a live workout left open past the limit.</param>
internal sealed record UpdateProfileCommand(
    TrainingLevel? Level = null,
    List<TrainingGoal>? Goals = null,
    List<Equipment>? Equipment = null,
    int? TrainingDaysPerWeek = null,
    List<DayOfWeek>? PreferredWeekdays = null,
    int? SessionMinutes = null,
    string? TimeZone = null,
    UnitSystem? UnitSystem = null,
    DateOnly? DateOfBirth = null,
    Sex? Sex = null,
    decimal? HeightCm = null,
    decimal? WeightKg = null,
    DailyActivity? DailyActivity = null,
    decimal? HeightIn = null,
    decimal? WeightLb = null,
    UnfinishedWorkouts? UnfinishedWorkouts = null) : ICommand<Result<ProfileResponse>>
{
    [JsonIgnore]
    public Guid UserId { get; init; }
}
