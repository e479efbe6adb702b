using CaliFlow.BuildingBlocks.Web;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Programming.Features.CreateCalendarFeed;

internal sealed class CreateCalendarFeedEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/calendar/feed", async (ICurrentUser user, ISender sender, HttpRequest request, CancellationToken cancellationToken) =>
                (await sender.Send(new CreateCalendarFeedCommand(user.Id), cancellationToken)).ToHttpResult(token =>
                {
                    // The address the caller reached (behind a trusted proxy, the forwarded scheme and host).
                    var path = $"{request.Host}{request.PathBase}{ApiPrefix.V1}/calendar/{token}.ics";
                    return TypedResults.Created($"{ApiPrefix.V1}/calendar/{token}.ics",
                        new CalendarFeedResponse($"{request.Scheme}://{path}", $"webcal://{path}"));
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
