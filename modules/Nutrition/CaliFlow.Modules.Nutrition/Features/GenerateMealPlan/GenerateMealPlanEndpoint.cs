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
                .ToHttpResult(p => TypedResults.Created($"{ApiPrefix.V1}/meal-plans/{p.Id}", p)))
            .WithTags(NutritionRoutes.MealPlansTag)
            .WithSummary(
                "Generate a day or a week of 2-6 meals a day of cooked foods in ordinary portions, each day within ±5 % of energy and " +
                "protein, ±10 % of fat and carbohydrate, and 1-1.5 times the fibre target.")
            .WithDescription(
                "Send period (day or week) and mealsPerDay; diet, allergens and excludedFoods (food slugs from GET /foods, unknown " +
                "ones answer 400) default to the saved preferences and, when sent, apply to this plan only. Every call stores a new " +
                "plan, and the same seed with the same targets and preferences makes the same plan again. 409 when there are no " +
                "nutrition targets yet or no plan within the tolerances can be made from the allowed foods; limited per user (20 an " +
                "hour by default, then 429 with Retry-After).")
            .RequireAuthorization()
            .RequireRateLimiting(RateLimitPolicies.MealPlans)
            .Produces<MealPlanResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
}
