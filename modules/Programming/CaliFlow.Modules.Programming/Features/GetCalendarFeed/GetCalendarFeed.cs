using CaliFlow.BuildingBlocks.Application;
using Mediator;

namespace CaliFlow.Modules.Programming.Features.GetCalendarFeed;

/// <param name="Token">The secret from the feed's address.</param>
internal sealed record GetCalendarFeedQuery(string Token) : IQuery<Result<byte[]>>;
