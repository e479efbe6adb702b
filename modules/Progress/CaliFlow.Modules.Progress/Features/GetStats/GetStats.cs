using CaliFlow.Modules.Progress.Stats;
using Mediator;

namespace CaliFlow.Modules.Progress.Features.GetStats;

internal sealed record GetStatsQuery(Guid UserId) : IQuery<StatsResponse>;
