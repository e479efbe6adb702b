using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Progress.LiveWorkouts;
using Mediator;

namespace CaliFlow.Modules.Progress.Features.GetLiveWorkout;

/// <param name="LiveWorkoutId">The workout to read; null for the one in progress.</param>
internal sealed record GetLiveWorkoutQuery(Guid UserId, Guid? LiveWorkoutId) : IQuery<Result<LiveWorkoutResponse>>;
