using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Coaching.CheckIns;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Coaching.Features.GetCheckIn;

internal sealed class GetCheckInEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/check-ins/{id:guid}", async (Guid id, ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetCheckInQuery(user.Id, id), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithTags(CoachingRoutes.CheckInsTag)
            .WithSummary("One of your check-ins, with the plan changes it caused.")
            .RequireAuthorization()
            .Produces<CheckInResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
