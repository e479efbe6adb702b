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
            .RequireAuthorization()
            .Produces<MealPlanResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
