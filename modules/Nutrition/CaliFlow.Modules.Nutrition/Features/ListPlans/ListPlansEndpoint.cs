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
            .RequireAuthorization()
            .Produces<NutritionPlanPage>()
            .ProducesValidationProblem();
}
