using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Programming.Sessions;
using Mediator;

namespace CaliFlow.Modules.Programming.Features.GetTodayWorkout;

internal sealed class GetTodayWorkoutHandler(TodayWorkoutReader today)
    : IQueryHandler<GetTodayWorkoutQuery, Result<TodayWorkoutResponse>>
{
    public async ValueTask<Result<TodayWorkoutResponse>> Handle(GetTodayWorkoutQuery query, CancellationToken cancellationToken) =>
        await today.GetAsync(query.UserId, cancellationToken) is { } workout ? workout : ProgrammingErrors.NoActivePlan;
}
