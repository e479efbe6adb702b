using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Nutrition.MealPlanning;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Nutrition.Features.GenerateMealPlan;

internal sealed class GenerateMealPlanEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/meal-plans", async (GenerateMealPlanCommand command, ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(command with { UserId = user.Id }, cancellationToken))
                .ToHttpResult(p => TypedResults.Created($"/meal-plans/{p.Id}", p)))
            .WithTags(NutritionRoutes.MealPlansTag)
            .WithSummary(
                "Generate a day or a week of 2-6 meals a day of cooked foods in ordinary portions, each day within ±5 % of energy and " +
                "protein, ±10 % of fat and carbohydrate, and 1-1.5 times the fibre target.")
            .RequireAuthorization()
            .RequireRateLimiting(RateLimitPolicies.MealPlans)
            .Produces<MealPlanResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
}
