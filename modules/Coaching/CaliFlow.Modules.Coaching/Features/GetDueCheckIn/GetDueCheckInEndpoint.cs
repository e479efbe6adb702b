using CaliFlow.BuildingBlocks.Web;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Coaching.Features.GetDueCheckIn;

internal sealed class GetDueCheckInEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/check-ins/due", async (ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetDueCheckInQuery(user.Id), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithTags(CoachingRoutes.CheckInsTag)
            .WithSummary("Whether a check-in is due (weekly), and the body regions pain can be reported for.")
            .WithDescription(
                "due is true when you have not checked in during the last 7 days of your time zone, and dueOn is the date the next one falls due " +
                "(today when it is due). You may check in earlier, once a day; use regions as the keys of pain in POST /check-ins.")
            .RequireAuthorization()
            .Produces<CheckInDueResponse>();
}
