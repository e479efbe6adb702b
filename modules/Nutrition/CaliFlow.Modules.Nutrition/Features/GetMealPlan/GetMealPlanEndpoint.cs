using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Nutrition.MealPlanning;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Nutrition.Features.GetMealPlan;

internal sealed class GetMealPlanEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/meal-plans/{id:guid}", async (Guid id, ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetMealPlanQuery(user.Id, id), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithTags(NutritionRoutes.MealPlansTag)
            .WithSummary("One of the caller's meal plans, with totals per meal and day and the deviation from the targets.")
            .WithDescription(
                "The targets are the ones the plan was made for, and item amounts come in grams and, as amount, in the profile's units " +
                "(ounces for imperial). An edited day may miss its targets: missedTargets and withinTolerance say which. An id that is " +
                "not one of the caller's plans answers 404.")
            .RequireAuthorization()
            .Produces<MealPlanResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
