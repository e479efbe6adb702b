using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Nutrition.Preferences;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Nutrition.Features.UpdateDietaryPreferences;

internal sealed class UpdateDietaryPreferencesEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPut("/nutrition/preferences", async (UpdateDietaryPreferencesCommand command, ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(command with { UserId = user.Id }, cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithTags(NutritionRoutes.MealPlansTag)
            .WithSummary("Set the diet (omnivore, vegetarian, vegan), allergens to avoid and foods to leave out of generated meal plans.")
            .WithDescription(
                "Replaces the saved preferences whole: diet is required, and allergens or excludedFoods left out mean none. The " +
                "excludedFoods list takes up to 100 food slugs from GET /foods (unknown ones answer 400); only meal plans generated " +
                "afterwards follow the change.")
            .RequireAuthorization()
            .Produces<DietaryPreferencesResponse>()
            .ProducesValidationProblem();
}
