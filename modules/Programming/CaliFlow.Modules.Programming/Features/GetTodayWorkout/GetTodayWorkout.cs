using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Programming.Sessions;
using Mediator;

namespace CaliFlow.Modules.Programming.Features.GetTodayWorkout;

internal sealed record GetTodayWorkoutQuery(Guid UserId) : IQuery<Result<TodayWorkoutResponse>>;
