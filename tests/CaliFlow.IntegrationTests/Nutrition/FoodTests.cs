using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaliFlow.BuildingBlocks.Persistence;
using CaliFlow.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace CaliFlow.IntegrationTests.Nutrition;

public sealed class FoodTests(CaliFlowApp app)
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private async Task<List<JsonElement>> ItemsAsync(HttpClient client, string query) =>
        [.. (await client.GetFromJsonAsync<JsonElement>($"/v1/foods?{query}", _ct)).GetProperty("items").EnumerateArray()];

    [Fact]
    public async Task The_seeded_table_pages_through_every_food_in_name_order_once()
    {
        var user = await app.CreateUserAsync();
        var slugs = new List<string>();
        var names = new List<string>();
        string? cursor = null;
        do
        {
            var page = await user.Client.GetFromJsonAsync<JsonElement>("/v1/foods?limit=40" + (cursor is null ? "" : $"&cursor={cursor}"), _ct);
            foreach (var food in page.GetProperty("items").EnumerateArray())
            {
                slugs.Add(food.GetProperty("slug").GetString()!);
                names.Add(food.GetProperty("name").GetString()!);
            }

            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);

        slugs.Count.ShouldBeGreaterThanOrEqualTo(150);
        slugs.Distinct().Count().ShouldBe(slugs.Count);
        names.ShouldBe(names.Order(StringComparer.Ordinal).ToList());
        (await app.ScalarAsync<long>("SELECT count(*) FROM nutrition.foods")).ShouldBe(slugs.Count);
    }

    [Fact]
    public async Task Search_matches_every_word_in_any_order_ignoring_case()
    {
        var user = await app.CreateUserAsync();

        var chicken = await ItemsAsync(user.Client, "search=CHICKEN");
        chicken.Count.ShouldBeGreaterThanOrEqualTo(3);
        chicken.ShouldAllBe(f => f.GetProperty("name").GetString()!.Contains("chicken", StringComparison.OrdinalIgnoreCase));

        var breast = await ItemsAsync(user.Client, "search=roasted%20breast%20chicken");
        breast.Select(f => f.GetProperty("slug").GetString()).ShouldBe(["chicken-breast-roasted"]);
        var food = breast[0];
        food.GetProperty("fdcId").GetInt32().ShouldBe(171477);
        food.GetProperty("group").GetString().ShouldBe("poultry");
        food.GetProperty("diet").GetString().ShouldBe("omnivore");
        food.GetProperty("per100G").GetProperty("energyKcal").GetDecimal().ShouldBe(165m);
        food.GetProperty("per100G").GetProperty("proteinG").GetDecimal().ShouldBe(31.02m);

        // "%" and "_" are characters, not wildcards.
        var percent = await ItemsAsync(user.Client, "search=%25&limit=100");
        percent.ShouldNotBeEmpty();
        percent.ShouldAllBe(f => f.GetProperty("name").GetString()!.Contains('%', StringComparison.Ordinal));
        (await ItemsAsync(user.Client, "search=_")).ShouldBeEmpty();
        (await ItemsAsync(user.Client, "search=zzzz")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Foods_filter_by_group_and_diet()
    {
        var user = await app.CreateUserAsync();

        var legumes = await ItemsAsync(user.Client, "group=legumes&limit=100");
        legumes.ShouldNotBeEmpty();
        legumes.ShouldAllBe(f => f.GetProperty("group").GetString() == "legumes");

        var vegetarian = await ItemsAsync(user.Client, "diet=vegetarian&limit=100");
        vegetarian.ShouldContain(f => f.GetProperty("diet").GetString() == "vegan");
        vegetarian.ShouldContain(f => f.GetProperty("diet").GetString() == "vegetarian");
        vegetarian.ShouldAllBe(f => f.GetProperty("diet").GetString() != "omnivore");
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=101", "limit")]
    [InlineData("group=candy", "group")]
    [InlineData("diet=carnivore", "diet")]
    [InlineData("cursor=not-a-cursor", "cursor")]
    public async Task Bad_queries_are_400_with_the_field_named(string query, string field)
    {
        var user = await app.CreateUserAsync();

        var response = await user.Client.GetAsync($"/v1/foods?{query}", _ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue();
    }

    [Fact]
    public async Task Seeding_again_with_the_same_file_changes_nothing()
    {
        var before = await app.ScalarAsync<DateTime>("SELECT max(updated_at) FROM nutrition.foods");
        var count = await app.ScalarAsync<long>("SELECT count(*) FROM nutrition.foods");

        await using (var scope = app.Services.CreateAsyncScope())
        {
            foreach (var seeder in scope.ServiceProvider.GetServices<IReferenceDataSeeder>())
            {
                await seeder.SeedAsync(_ct);
            }
        }

        (await app.ScalarAsync<long>("SELECT count(*) FROM nutrition.foods")).ShouldBe(count);
        (await app.ScalarAsync<DateTime>("SELECT max(updated_at) FROM nutrition.foods")).ShouldBe(before);
    }

    [Fact]
    public async Task The_nutrition_endpoints_are_in_the_OpenAPI_document()
    {
        var document = await app.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json", _ct);

        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        paths.ShouldContain("/v1/nutrition/targets");
        paths.ShouldContain("/v1/nutrition/plans/recalculate");
        paths.ShouldContain("/v1/foods");
        paths.ShouldContain("/v1/meal-plans/{id}");
    }

    [Fact]
    public async Task The_food_table_needs_a_signed_in_user() =>
        (await app.CreateClient().GetAsync("/v1/foods", _ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
}
