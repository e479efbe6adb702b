using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Nutrition.MealPlanning;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Nutrition.Features.UpdateMealPlan;

internal sealed class UpdateMealPlanEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPut("/meal-plans/{id:guid}", async (Guid id, UpdateMealPlanCommand command, ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(command with { Id = id, UserId = user.Id }, cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithTags(NutritionRoutes.MealPlansTag)
            .WithSummary("Edit a meal plan's meals and items (grams or ounces); totals and deviations are recomputed.")
            .WithDescription(
                "Send every day back (1 for a day plan, 7 for a week), each with 1-6 meals of up to 12 items: the plan's days are " +
                "replaced whole. Each item names a food slug (GET /foods) and either grams (1-2000) or ounces (0.1-70); a wrong number " +
                "of days or an unknown food answers 400 on its field. Edits are not held to the plan's diet or tolerances, and an id " +
                "that is not one of the caller's plans answers 404.")
            .RequireAuthorization()
            .Produces<MealPlanResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
