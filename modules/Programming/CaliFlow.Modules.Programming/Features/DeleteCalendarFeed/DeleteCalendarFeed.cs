using CaliFlow.BuildingBlocks.Application;
using Mediator;

namespace CaliFlow.Modules.Programming.Features.DeleteCalendarFeed;

internal sealed record DeleteCalendarFeedCommand(Guid UserId) : ICommand<Result<Unit>>;
