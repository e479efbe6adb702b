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
            .RequireAuthorization()
            .Produces<DietaryPreferencesResponse>()
            .ProducesValidationProblem();
}
