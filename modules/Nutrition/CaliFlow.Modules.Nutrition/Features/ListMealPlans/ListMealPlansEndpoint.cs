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
            .WithDescription(
                "Each item gives the plan's period, meals per day, diet and the energy and protein targets it was made for. Pages hold " +
                "1-100 items (limit, default 20); pass nextCursor as cursor for the next page, and a cursor this API did not issue " +
                "answers 400.")
            .RequireAuthorization()
            .Produces<MealPlanPage>()
            .ProducesValidationProblem();
}
