using CaliFlow.Modules.Progress.Stats;
using Mediator;

namespace CaliFlow.Modules.Progress.Features.GetStats;

internal sealed class GetStatsHandler(StatsReader stats) : IQueryHandler<GetStatsQuery, StatsResponse>
{
    public ValueTask<StatsResponse> Handle(GetStatsQuery query, CancellationToken cancellationToken) => stats.GetAsync(query.UserId);
}
