using CaliFlow.BuildingBlocks;
using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Nutrition.Domain;
using CaliFlow.Modules.Nutrition.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Nutrition.Features.ListFoods;

internal sealed class ListFoodsHandler(NutritionDbContext db) : IQueryHandler<ListFoodsQuery, Result<FoodPage>>
{
    public async ValueTask<Result<FoodPage>> Handle(ListFoodsQuery query, CancellationToken cancellationToken)
    {
        var foods = db.Foods.AsNoTracking();
        // Every word must appear in the name (ILIKE, so case does not matter); %, _ and \ in a word are taken literally.
        foreach (var word in (query.Search ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pattern = $"%{word.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal)}%";
            foods = foods.Where(f => EF.Functions.ILike(f.Name, pattern, "\\"));
        }

        if (query.Group is not null)
        {
            var group = EnumNames<FoodGroup>.Parse(query.Group);
            foods = foods.Where(f => f.Group == group);
        }

        if (query.Diet is not null)
        {
            // Diets are stored by name, so "fits" is spelled out rather than compared in order.
            var fitting = Enum.GetValues<Diet>().Where(d => d >= EnumNames<Diet>.Parse(query.Diet)).ToList();
            foods = foods.Where(f => fitting.Contains(f.Diet));
        }

        if (FoodCursor.TryDecode(query.Cursor, out var after))
        {
#pragma warning disable CA1309 // translated to SQL "name > @name": the database's collation orders, as in ORDER BY below
            foods = foods.Where(f => string.Compare(f.Name, after.Name) > 0 || (f.Name == after.Name && string.Compare(f.Slug, after.Slug) > 0));
#pragma warning restore CA1309
        }

        var page = await foods.OrderBy(f => f.Name).ThenBy(f => f.Slug).Take(query.Limit + 1).ToListAsync(cancellationToken);
        var hasMore = page.Count > query.Limit;
        if (hasMore)
        {
            page.RemoveAt(page.Count - 1);
        }

        return new FoodPage([.. page.Select(FoodResponse.From)], hasMore ? new FoodCursor(page[^1].Name, page[^1].Slug).Encode() : null);
    }
}
