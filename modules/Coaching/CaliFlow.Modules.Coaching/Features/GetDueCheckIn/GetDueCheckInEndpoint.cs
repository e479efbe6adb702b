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
            .RequireAuthorization()
            .Produces<CheckInDueResponse>();
}
