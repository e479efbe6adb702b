using CaliFlow.BuildingBlocks.Web;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Nutrition.Features.ListPlans;

internal sealed class ListPlansEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/nutrition/plans", async (int? limit, string? cursor, ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new ListPlansQuery(user.Id, limit ?? ListPlansQuery.DefaultLimit, cursor), cancellationToken))
                .ToHttpResult(TypedResults.Ok))
            .WithTags(NutritionRoutes.TargetsTag)
            .WithSummary("The history of the user's targets, newest first: each recomputation is kept with its inputs and trigger.")
            .WithDescription(
                "The first item is the active plan (older ones carry supersededAt), and trigger says whether a profile update, a " +
                "body-weight reading or a request made it; an empty list means no targets yet. Pages hold 1-100 items (limit, default " +
                "20); pass nextCursor as cursor for the next page, and a cursor this API did not issue answers 400.")
            .RequireAuthorization()
            .Produces<NutritionPlanPage>()
            .ProducesValidationProblem();
}
