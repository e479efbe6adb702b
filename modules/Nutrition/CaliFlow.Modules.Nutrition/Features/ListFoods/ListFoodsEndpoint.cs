using CaliFlow.BuildingBlocks.Web;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Nutrition.Features.ListFoods;

internal sealed class ListFoodsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/foods", async (string? search, string? group, string? diet, int? limit, string? cursor, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new ListFoodsQuery(search, group, diet, limit ?? ListFoodsQuery.DefaultLimit, cursor), cancellationToken))
                .ToHttpResult(TypedResults.Ok))
            .WithTags(NutritionRoutes.FoodsTag)
            .WithSummary("Search the food table (USDA FoodData Central values per 100 g) by name, group or diet; pages follow nextCursor.")
            .WithDescription(
                "The search parameter matches names that contain every word, in any order and ignoring case; group and diet take " +
                "kebab-case names, and diet=vegetarian also lists vegan foods. Results are sorted by name, limit is 1-100 (default " +
                "20), and an unknown group or diet or a cursor this API did not issue answers 400. A food's slug is what excludedFoods " +
                "and meal plan items refer to.")
            .RequireAuthorization()
            .Produces<FoodPage>()
            .ProducesValidationProblem();
}
