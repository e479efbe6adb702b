using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Progress.Stats;
using Mediator;

namespace CaliFlow.Modules.Progress.Features.GetStats;

internal sealed class GetStatsHandler(StatsReader stats) : IQueryHandler<GetStatsQuery, EncodedJson>
{
    public ValueTask<EncodedJson> Handle(GetStatsQuery query, CancellationToken cancellationToken) =>
        stats.GetEncodedAsync(query.UserId, cancellationToken);
}
