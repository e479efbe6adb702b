using System.Text.Json.Serialization;
using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Progress.LiveWorkouts;
using Mediator;

namespace CaliFlow.Modules.Progress.Features.StartLiveWorkout;

/// <param name="Id">Optional client-made UUIDv7 (the finished log gets it too); starting again with it answers the same workout.</param>
/// <param name="SessionId">The planned session to do; absent for a workout of your own.</param>
internal sealed record StartLiveWorkoutCommand(Guid? Id, Guid? SessionId) : ICommand<Result<StartedLiveWorkout>>
{
    [JsonIgnore]
    public Guid UserId { get; init; }
}

/// <param name="Created">False when this id had been started before (a retry): nothing new was written.</param>
internal sealed record StartedLiveWorkout(bool Created, LiveWorkoutResponse Workout);
