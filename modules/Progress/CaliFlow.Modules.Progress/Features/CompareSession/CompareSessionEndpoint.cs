using CaliFlow.BuildingBlocks.Web;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Progress.Features.CompareSession;

internal sealed class CompareSessionEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/sessions/{id:guid}/comparison", async (Guid id, ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new CompareSessionQuery(user.Id, id), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithTags(ProgressRoutes.LogsTag)
            .WithSummary("What a planned session prescribed against what was done: sets, reps or seconds, adherence, volume per pattern.")
            .RequireAuthorization()
            .Produces<SessionComparison>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
