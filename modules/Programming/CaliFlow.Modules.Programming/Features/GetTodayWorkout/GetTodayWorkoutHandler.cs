using CaliFlow.BuildingBlocks.Application;
using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Programming.Sessions;
using Mediator;

namespace CaliFlow.Modules.Programming.Features.GetTodayWorkout;

internal sealed class GetTodayWorkoutHandler(TodayWorkoutReader today)
    : IQueryHandler<GetTodayWorkoutQuery, Result<EncodedJson>>
{
    public async ValueTask<Result<EncodedJson>> Handle(GetTodayWorkoutQuery query, CancellationToken cancellationToken) =>
        await today.GetEncodedAsync(query.UserId, cancellationToken) is { } workout ? workout : ProgrammingErrors.NoActivePlan;
}
