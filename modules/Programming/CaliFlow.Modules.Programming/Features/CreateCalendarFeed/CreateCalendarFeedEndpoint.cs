using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Programming.CalendarFeeds;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace CaliFlow.Modules.Programming.Features.CreateCalendarFeed;

internal sealed class CreateCalendarFeedEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/calendar/feed", async (
                    ICurrentUser user, ISender sender, HttpRequest request, IOptions<CalendarFeedOptions> options, CancellationToken cancellationToken) =>
                (await sender.Send(new CreateCalendarFeedCommand(user.Id), cancellationToken)).ToHttpResult(token =>
                {
                    var path = $"{ApiPrefix.V1}/calendar/{token}.ics";
                    var url = options.Value.PublicBaseUrl is { } configured
                        ? new Uri(configured, path)
                        : new Uri($"{request.Scheme}://{request.Host}{request.PathBase}{path}");
                    return TypedResults.Created(path, new CalendarFeedResponse(url.ToString(), $"webcal://{url.Authority}{url.PathAndQuery}"));
                }))
            .WithTags(ProgrammingRoutes.CalendarTag)
            .WithSummary("Make the address of your training calendar (iCalendar), to subscribe to in a calendar app; a new one replaces the old.")
            .WithDescription(
                "The address holds its own secret, since calendar apps cannot send a token: anyone with it can read your planned sessions, " +
                "so it is shown only in this answer. Calling this again makes a new address and the old one stops working; DELETE " +
                "/calendar/feed turns the feed off. The feed follows your current plan as it changes.")
            .RequireAuthorization()
            .Produces<CalendarFeedResponse>(StatusCodes.Status201Created);
}
