using System.Buffers.Text;
using System.Text;
using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Nutrition.Domain;
using Mediator;

namespace CaliFlow.Modules.Nutrition.Features.ListFoods;

/// <param name="Search">Words that must all appear in the name, in any order, ignoring case.</param>
/// <param name="Group">Only this food group (kebab-case).</param>
/// <param name="Diet">Only foods that fit this diet (kebab-case).</param>
/// <param name="Cursor">Opaque; the <c>nextCursor</c> of the previous page.</param>
internal sealed record ListFoodsQuery(
    string? Search = null,
    string? Group = null,
    string? Diet = null,
    int Limit = ListFoodsQuery.DefaultLimit,
    string? Cursor = null) : IQuery<Result<FoodPage>>
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;
}

internal sealed record FoodPage(IReadOnlyList<FoodResponse> Items, string? NextCursor);

/// <param name="Portion">Grams per meal a generated plan serves of this food (a typical serving's range).</param>
/// <param name="CookBeforeEating">A raw form of a food eaten cooked: generated plans use its cooked entry instead.</param>
internal sealed record FoodResponse(
    string Slug,
    string Name,
    FoodGroup Group,
    Diet Diet,
    IReadOnlyList<Allergen> Allergens,
    int? FdcId,
    NutrientsPer100G Per100G,
    FoodPortion Portion,
    bool CookBeforeEating)
{
    public static FoodResponse From(Food f) => new(
        f.Slug, f.Name, f.Group, f.Diet, f.Allergens, f.FdcId,
        new NutrientsPer100G(f.EnergyKcal, f.ProteinG, f.FatG, f.CarbohydrateG, f.FibreG), new FoodPortion(f.MinPortionG, f.MaxPortionG),
        f.CookBeforeEating);
}

internal sealed record FoodPortion(int MinG, int MaxG);

/// <summary>Per 100 g of the food as usually eaten; carbohydrate includes fibre (as USDA reports it).</summary>
internal sealed record NutrientsPer100G(decimal EnergyKcal, decimal ProteinG, decimal FatG, decimal CarbohydrateG, decimal FibreG);

/// <summary>Keyset position in the listing order (name, then slug).</summary>
internal readonly record struct FoodCursor(string Name, string Slug)
{
    private const char Separator = '\u001f';

    public string Encode() => Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{Name}{Separator}{Slug}"));

    public static bool TryDecode(string? value, out FoodCursor cursor)
    {
        cursor = default;
        if (string.IsNullOrEmpty(value) || value.Length > 400 || !Base64Url.IsValid(value))
        {
            return false;
        }

        var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(value)).Split(Separator);
        if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
        {
            return false;
        }

        cursor = new FoodCursor(parts[0], parts[1]);
        return true;
    }
}
