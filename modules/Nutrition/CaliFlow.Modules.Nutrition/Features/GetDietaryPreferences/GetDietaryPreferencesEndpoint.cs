using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Nutrition.Preferences;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Nutrition.Features.GetDietaryPreferences;

internal sealed class GetDietaryPreferencesEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/nutrition/preferences", async (ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetDietaryPreferencesQuery(user.Id), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithTags(NutritionRoutes.MealPlansTag)
            .WithSummary("The diet, allergens and excluded foods meal plans respect (an omnivore without restrictions until set).")
            .WithDescription(
                "A user who has saved nothing gets these defaults rather than 404. excludedFoods holds food slugs as GET /foods lists " +
                "them; POST /meal-plans uses these values unless its request gives its own.")
            .RequireAuthorization()
            .Produces<DietaryPreferencesResponse>();
}
