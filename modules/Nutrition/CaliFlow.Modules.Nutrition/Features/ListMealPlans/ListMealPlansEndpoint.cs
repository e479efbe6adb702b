using CaliFlow.BuildingBlocks.Web;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Nutrition.Features.ListMealPlans;

internal sealed class ListMealPlansEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/meal-plans", async (int? limit, string? cursor, ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new ListMealPlansQuery(user.Id, limit ?? ListMealPlansQuery.DefaultLimit, cursor), cancellationToken))
                .ToHttpResult(TypedResults.Ok))
            .WithTags(NutritionRoutes.MealPlansTag)
            .WithSummary("The caller's meal plans, newest first (summaries; GET /meal-plans/{id} for the meals).")
            .RequireAuthorization()
            .Produces<MealPlanPage>()
            .ProducesValidationProblem();
}
