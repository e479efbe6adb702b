using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Coaching.CheckIns;
using Mediator;

namespace CaliFlow.Modules.Coaching.Features.ListCheckIns;

internal sealed record ListCheckInsQuery(Guid UserId, int Limit = ListCheckInsQuery.DefaultLimit, DateOnly? Before = null) : IQuery<Result<CheckInPage>>
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;
}

/// <param name="NextBefore">Pass as before for the next (older) page; null on the last page.</param>
internal sealed record CheckInPage(IReadOnlyList<CheckInResponse> Items, DateOnly? NextBefore);
