using CaliFlow.BuildingBlocks.Web;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Programming.Features.DeleteCalendarFeed;

internal sealed class DeleteCalendarFeedEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapDelete("/calendar/feed", async (ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new DeleteCalendarFeedCommand(user.Id), cancellationToken)).ToHttpResult(_ => TypedResults.NoContent()))
            .WithTags(ProgrammingRoutes.CalendarTag)
            .WithSummary("Turn the calendar feed off: its address answers 404 from now on.")
            .WithDescription("Answers 404 when there is no feed. POST /calendar/feed makes a new address.")
            .RequireAuthorization()
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
