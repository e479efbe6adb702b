using CaliFlow.BuildingBlocks.Web;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Coaching.Features.ListCheckIns;

internal sealed class ListCheckInsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/check-ins", async (int? limit, DateOnly? before, ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new ListCheckInsQuery(user.Id, limit ?? ListCheckInsQuery.DefaultLimit, before), cancellationToken))
                .ToHttpResult(TypedResults.Ok))
            .WithTags(CoachingRoutes.CheckInsTag)
            .WithSummary("Your check-ins, newest first, in keyset pages (before = a date).")
            .WithDescription(
                "Pages hold 1-100 check-ins (limit, 20 by default); pass the page's nextBefore as before for the next, older page, until it is " +
                "null. There is at most one check-in a day, dated in your time zone.")
            .RequireAuthorization()
            .Produces<CheckInPage>()
            .ProducesValidationProblem();
}
