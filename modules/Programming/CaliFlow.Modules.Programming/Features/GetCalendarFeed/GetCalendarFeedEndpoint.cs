using CaliFlow.BuildingBlocks.Web;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Programming.Features.GetCalendarFeed;

internal sealed class GetCalendarFeedEndpoint : ICarterModule
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/calendar/{token:maxlength(60)}.ics", async (string token, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetCalendarFeedQuery(token), cancellationToken)).ToHttpResult(ics => ETagResults.OkWithETag(ics, ContentType)))
            .WithTags(ProgrammingRoutes.CalendarTag)
            .WithSummary("The training calendar (iCalendar, RFC 5545) of the feed's owner: one all-day event per planned session.")
            .WithDescription(
                "For calendar apps, which cannot send a token: the address made by POST /calendar/feed carries its own secret, and an " +
                "unknown, replaced or turned-off one answers 404. Each session is an event on its date in the owner's time zone, titled " +
                "with the session (deloads marked), its exercises with sets, reps or holds, rest and RPE in the description; skipped " +
                "sessions are cancelled. It follows the current plan as it changes; ETag and If-None-Match save the download when " +
                "nothing did.")
            .AllowAnonymous()
            .Produces<string>(StatusCodes.Status200OK, "text/calendar")
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
