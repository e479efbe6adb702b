using CaliFlow.BuildingBlocks.Application;
using Mediator;

namespace CaliFlow.Modules.Programming.Features.CreateCalendarFeed;

internal sealed record CreateCalendarFeedCommand(Guid UserId) : ICommand<Result<string>>;

/// <param name="Url">The feed's address, to subscribe to in a calendar app; it holds the feed's secret, so it is shown only now.</param>
/// <param name="WebcalUrl">The same address as webcal://, which opens the subscription dialog of most calendar apps.</param>
internal sealed record CalendarFeedResponse(string Url, string WebcalUrl);
