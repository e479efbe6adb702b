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
            .RequireAuthorization()
            .Produces<FoodPage>()
            .ProducesValidationProblem();
}
