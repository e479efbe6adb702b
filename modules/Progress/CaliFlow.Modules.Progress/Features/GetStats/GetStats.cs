using CaliFlow.BuildingBlocks.Web;
using Mediator;

namespace CaliFlow.Modules.Progress.Features.GetStats;

internal sealed record GetStatsQuery(Guid UserId) : IQuery<EncodedJson>;
