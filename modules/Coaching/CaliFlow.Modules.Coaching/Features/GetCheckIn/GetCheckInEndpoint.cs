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
            .WithDescription(
                "Another user's check-in id answers 404, as an unknown one does. adjustments lists what the check-in asked of your plan, each " +
                "with its dates and reason (empty when nothing changes); the sessions show each change once it has been applied, shortly after " +
                "the check-in.")
            .RequireAuthorization()
            .Produces<CheckInResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
