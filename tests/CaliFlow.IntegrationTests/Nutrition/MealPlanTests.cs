using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaliFlow.IntegrationTests.Infrastructure;
using Shouldly;
using static CaliFlow.IntegrationTests.Nutrition.NutritionTestHelpers;

namespace CaliFlow.IntegrationTests.Nutrition;

public sealed class MealPlanTests(CaliFlowApp app)
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private async Task<TestUser> AthleteWithTargetsAsync()
    {
        var user = await AthleteAsync(app);
        await TargetsAsync(user.Client);
        return user;
    }

    private async Task<Dictionary<string, JsonElement>> FoodTableAsync(HttpClient client)
    {
        var foods = new Dictionary<string, JsonElement>();
        string? cursor = null;
        do
        {
            var page = await client.GetFromJsonAsync<JsonElement>("/v1/foods?limit=100" + (cursor is null ? "" : $"&cursor={cursor}"), _ct);
            foreach (var food in page.GetProperty("items").EnumerateArray())
            {
                foods[food.GetProperty("slug").GetString()!] = food;
            }

            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);

        return foods;
    }

    private static IEnumerable<JsonElement> Items(JsonElement plan) =>
        plan.GetProperty("days").EnumerateArray().SelectMany(d => d.GetProperty("meals").EnumerateArray()).SelectMany(m => m.GetProperty("items").EnumerateArray());

    private async Task<JsonElement> GenerateAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/v1/meal-plans", body, _ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(_ct));
        return await response.Content.ReadFromJsonAsync<JsonElement>(_ct);
    }

    /// <summary>Each day's targets, as the plan reports them, checked against its totals: the promise written out.</summary>
    private static void ShouldMeetEveryTarget(JsonElement plan)
    {
        var targets = plan.GetProperty("targets");
        var days = plan.GetProperty("days").EnumerateArray().ToList();
        days.ShouldNotBeEmpty();
        foreach (var day in days)
        {
            var totals = day.GetProperty("totals");
            decimal Ratio(string total, string target) => totals.GetProperty(total).GetDecimal() / targets.GetProperty(target).GetInt32();
            Ratio("energyKcal", "energyKcal").ShouldBeInRange(0.95m, 1.05m);
            Ratio("proteinG", "proteinG").ShouldBeInRange(0.95m, 1.05m);
            Ratio("fatG", "fatG").ShouldBeInRange(0.90m, 1.10m);
            Ratio("carbohydrateG", "carbohydrateG").ShouldBeInRange(0.90m, 1.10m);
            Ratio("fibreG", "fibreG").ShouldBeInRange(1.00m, 1.50m);
            day.GetProperty("missedTargets").GetArrayLength().ShouldBe(0);
            day.GetProperty("withinTolerance").GetBoolean().ShouldBeTrue();
        }
    }

    [Fact]
    public async Task A_generated_week_meets_every_target_every_day()
    {
        var user = await AthleteWithTargetsAsync();

        var plan = await GenerateAsync(user.Client, new { period = "week", mealsPerDay = 4 });

        plan.GetProperty("targets").GetProperty("energyKcal").GetInt32().ShouldBe(2400);
        plan.GetProperty("targets").GetProperty("proteinG").GetInt32().ShouldBe(128);
        plan.GetProperty("targets").GetProperty("fibreG").GetInt32().ShouldBe(34);
        ShouldMeetEveryTarget(plan);
        var days = plan.GetProperty("days").EnumerateArray().ToList();
        days.Count.ShouldBe(7);
        foreach (var day in days)
        {
            day.GetProperty("meals").GetArrayLength().ShouldBe(4);
            var totals = day.GetProperty("totals");
            Math.Abs(day.GetProperty("deviation").GetProperty("energyPercent").GetDecimal()).ShouldBeLessThanOrEqualTo(5m);
            day.GetProperty("deviation").GetProperty("fibrePercent").GetDecimal().ShouldBeInRange(0m, 50m);
            // The day's totals are the sums of its items.
            var items = day.GetProperty("meals").EnumerateArray().SelectMany(m => m.GetProperty("items").EnumerateArray()).ToList();
            totals.GetProperty("energyKcal").GetDecimal().ShouldBe(items.Sum(i => i.GetProperty("energyKcal").GetDecimal()));
        }

        var location = $"/v1/meal-plans/{plan.GetProperty("id").GetGuid()}";
        (await user.Client.GetFromJsonAsync<JsonElement>(location, _ct)).GetProperty("days").GetArrayLength().ShouldBe(7);
        var list = await user.Client.GetFromJsonAsync<JsonElement>("/v1/meal-plans", _ct);
        list.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).ShouldBe([plan.GetProperty("id").GetGuid()]);
    }

    [Fact]
    public async Task A_fetched_plan_serves_cooked_foods_in_ordinary_portions_for_protein_dosed_on_a_reference_weight()
    {
        // The review's case: a woman of 85 kg, 165 cm, losing fat. Protein is 2.2 g/kg of the weight at BMI 25 (68.1 kg).
        var user = await AthleteAsync(app, new
        {
            sex = "female", dateOfBirth = BornYearsAgo(30), heightCm = 165, weightKg = 85, trainingDaysPerWeek = 2,
            dailyActivity = "sedentary", goals = new[] { "fat-loss" },
        });
        var targets = await TargetsAsync(user.Client);
        targets.GetProperty("proteinG").GetInt32().ShouldBe(150);
        targets.GetProperty("proteinReferenceWeight").GetProperty("value").GetDecimal().ShouldBe(68.1m);
        targets.GetProperty("proteinLabel").GetString().ShouldBe("2.2 g/kg of 68.1 kg reference weight (BMI 25 at 165 cm)");
        var foods = await FoodTableAsync(user.Client);
        var created = await GenerateAsync(user.Client, new { period = "week", mealsPerDay = 4, seed = 21 });

        var plan = await user.Client.GetFromJsonAsync<JsonElement>($"/v1/meal-plans/{created.GetProperty("id").GetGuid()}", _ct);

        plan.GetProperty("targets").GetProperty("proteinG").GetInt32().ShouldBe(150);
        plan.GetProperty("targets").GetProperty("fibreG").GetInt32().ShouldBe(targets.GetProperty("fibreG").GetInt32());
        ShouldMeetEveryTarget(plan);
        var items = Items(plan).ToList();
        items.ShouldNotBeEmpty();
        foreach (var item in items)
        {
            var food = foods[item.GetProperty("food").GetString()!];
            var grams = item.GetProperty("grams").GetInt32();
            food.GetProperty("cookBeforeEating").GetBoolean().ShouldBeFalse(item.GetProperty("food").GetString());
            grams.ShouldBeInRange(food.GetProperty("portion").GetProperty("minG").GetInt32(), food.GetProperty("portion").GetProperty("maxG").GetInt32());
        }

        // The raw forms are still listed, marked, with their cooked entries beside them.
        foods["egg-white-raw"].GetProperty("cookBeforeEating").GetBoolean().ShouldBeTrue();
        foods["brussels-sprouts-raw"].GetProperty("cookBeforeEating").GetBoolean().ShouldBeTrue();
        foods["egg-white-cooked"].GetProperty("portion").GetProperty("maxG").GetInt32().ShouldBe(250);
        foods["cottage-cheese-2pct"].GetProperty("portion").GetProperty("maxG").GetInt32().ShouldBe(250);
        foods["almonds"].GetProperty("portion").GetProperty("minG").GetInt32().ShouldBe(15);
    }

    [Fact]
    public async Task An_edited_day_that_misses_a_target_says_which_and_is_not_within_tolerance()
    {
        var user = await AthleteWithTargetsAsync();
        var plan = await GenerateAsync(user.Client, new { period = "day", mealsPerDay = 3, seed = 5 });
        plan.GetProperty("days")[0].GetProperty("withinTolerance").GetBoolean().ShouldBeTrue();
        // The same day with two tablespoons of olive oil more at dinner: 28 g of fat, 35 % over an 80 g target.
        var meals = plan.GetProperty("days")[0].GetProperty("meals").EnumerateArray().Select((meal, m) => new
        {
            name = meal.GetProperty("name").GetString(),
            items = meal.GetProperty("items").EnumerateArray()
                .Select(i => new { food = i.GetProperty("food").GetString(), grams = i.GetProperty("grams").GetInt32() })
                .Concat(m == 2 ? [new { food = (string?)"olive-oil", grams = 28 }] : [])
                .ToList(),
        }).ToList();

        var response = await user.Client.PutAsJsonAsync($"/v1/meal-plans/{plan.GetProperty("id").GetGuid()}", new { days = new[] { new { meals } } }, _ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(_ct));
        var day = (await response.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("days")[0];
        day.GetProperty("missedTargets").EnumerateArray().Select(t => t.GetString()).ShouldContain("fat");
        day.GetProperty("deviation").GetProperty("fatPercent").GetDecimal().ShouldBeGreaterThan(10m);
        day.GetProperty("withinTolerance").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task Saved_preferences_keep_a_vegan_plan_free_of_animal_foods_allergens_and_excluded_foods()
    {
        var user = await AthleteWithTargetsAsync();
        var preferences = new { diet = "vegan", allergens = new[] { "peanuts", "sesame" }, excludedFoods = new[] { "lentils-cooked", "banana" } };
        (await user.Client.PutAsJsonAsync("/v1/nutrition/preferences", preferences, _ct)).EnsureSuccessStatusCode();
        (await user.Client.GetFromJsonAsync<JsonElement>("/v1/nutrition/preferences", _ct)).GetProperty("diet").GetString().ShouldBe("vegan");
        var foods = await FoodTableAsync(user.Client);

        var plan = await GenerateAsync(user.Client, new { period = "week", mealsPerDay = 3, seed = 11 });

        plan.GetProperty("diet").GetString().ShouldBe("vegan");
        var items = Items(plan).ToList();
        items.ShouldNotBeEmpty();
        foreach (var item in items)
        {
            var food = foods[item.GetProperty("food").GetString()!];
            food.GetProperty("diet").GetString().ShouldBe("vegan");
            food.GetProperty("allergens").EnumerateArray().Select(a => a.GetString()).ShouldNotContain("peanuts");
            food.GetProperty("allergens").EnumerateArray().Select(a => a.GetString()).ShouldNotContain("sesame");
            item.GetProperty("food").GetString().ShouldNotBeOneOf("lentils-cooked", "banana");
        }

        ShouldMeetEveryTarget(plan);
    }

    [Fact]
    public async Task Preferences_given_with_the_request_apply_to_that_plan_only()
    {
        var user = await AthleteWithTargetsAsync();
        (await user.Client.PutAsJsonAsync("/v1/nutrition/preferences", new { diet = "vegan" }, _ct)).EnsureSuccessStatusCode();
        var foods = await FoodTableAsync(user.Client);

        var plan = await GenerateAsync(user.Client, new { period = "day", mealsPerDay = 5, diet = "vegetarian", allergens = new[] { "dairy" } });

        plan.GetProperty("diet").GetString().ShouldBe("vegetarian");
        var items = Items(plan).ToList();
        items.ShouldNotBeEmpty();
        items.Select(i => foods[i.GetProperty("food").GetString()!]).ShouldAllBe(f =>
            f.GetProperty("diet").GetString() != "omnivore" && f.GetProperty("allergens").EnumerateArray().All(a => a.GetString() != "dairy"));
        (await user.Client.GetFromJsonAsync<JsonElement>("/v1/nutrition/preferences", _ct)).GetProperty("diet").GetString().ShouldBe("vegan");
    }

    [Fact]
    public async Task The_same_seed_makes_the_same_plan()
    {
        var user = await AthleteWithTargetsAsync();

        var first = await GenerateAsync(user.Client, new { period = "day", mealsPerDay = 3, seed = 1234 });
        var second = await GenerateAsync(user.Client, new { period = "day", mealsPerDay = 3, seed = 1234 });

        Items(second).Select(i => $"{i.GetProperty("food")}:{i.GetProperty("grams")}")
            .ShouldBe(Items(first).Select(i => $"{i.GetProperty("food")}:{i.GetProperty("grams")}"));
        second.GetProperty("seed").GetInt32().ShouldBe(1234);
    }

    [Fact]
    public async Task Editing_items_recalculates_the_totals()
    {
        var user = await AthleteWithTargetsAsync();
        var plan = await GenerateAsync(user.Client, new { period = "day", mealsPerDay = 2 });
        var id = plan.GetProperty("id").GetGuid();

        var edit = new
        {
            days = new[]
            {
                new
                {
                    meals = new object[]
                    {
                        new { name = "Lunch", items = new object[] { new { food = "oats-rolled", grams = 100 }, new { food = "milk-whole", grams = 250 } } },
                        new { name = "Dinner", items = new object[] { new { food = "chicken-breast-roasted", grams = 200 } } },
                    },
                },
            },
        };
        var response = await user.Client.PutAsJsonAsync($"/v1/meal-plans/{id}", edit, _ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(_ct));
        var edited = await response.Content.ReadFromJsonAsync<JsonElement>(_ct);
        var day = edited.GetProperty("days")[0];
        // oats 389 + milk 61 × 2.5 = 152.5 + chicken 165 × 2 = 330
        day.GetProperty("totals").GetProperty("energyKcal").GetDecimal().ShouldBe(389m + 152.5m + 330m);
        day.GetProperty("totals").GetProperty("proteinG").GetDecimal().ShouldBe(16.9m + 7.9m + 62.0m);
        day.GetProperty("meals")[0].GetProperty("totals").GetProperty("energyKcal").GetDecimal().ShouldBe(541.5m);
        day.GetProperty("withinTolerance").GetBoolean().ShouldBeFalse(); // 871.5 kcal of 2400
        day.GetProperty("missedTargets").EnumerateArray().Select(t => t.GetString()).ShouldContain("energy");
        day.GetProperty("deviation").GetProperty("energyPercent").GetDecimal().ShouldBe(-63.7m);
        (await user.Client.GetFromJsonAsync<JsonElement>($"/v1/meal-plans/{id}", _ct)).GetProperty("days")[0].GetProperty("totals")
            .GetProperty("energyKcal").GetDecimal().ShouldBe(871.5m);
    }

    [Fact]
    public async Task An_imperial_profile_reads_ounces_and_may_enter_them()
    {
        var user = await AthleteWithTargetsAsync();
        (await user.Client.PatchAsJsonAsync("/v1/me/profile", new { unitSystem = "imperial" }, _ct)).EnsureSuccessStatusCode();
        var plan = await GenerateAsync(user.Client, new { period = "day", mealsPerDay = 3 });
        var anyItem = Items(plan).First();
        anyItem.GetProperty("amount").GetProperty("unit").GetString().ShouldBe("oz");
        anyItem.GetProperty("amount").GetProperty("value").GetDecimal()
            .ShouldBe(Math.Round(anyItem.GetProperty("grams").GetInt32() / 28.349523125m, 1));

        var edit = new { days = new[] { new { meals = new[] { new { name = "Dinner", items = new[] { new { food = "salmon-atlantic-wild-cooked", ounces = 6m } } } } } } };
        var edited = await (await user.Client.PutAsJsonAsync($"/v1/meal-plans/{plan.GetProperty("id").GetGuid()}", edit, _ct)).Content.ReadFromJsonAsync<JsonElement>(_ct);

        var item = edited.GetProperty("days")[0].GetProperty("meals")[0].GetProperty("items")[0];
        item.GetProperty("grams").GetInt32().ShouldBe(170); // 6 oz = 170.1 g
        item.GetProperty("amount").GetProperty("value").GetDecimal().ShouldBe(6.0m);
        item.GetProperty("energyKcal").GetDecimal().ShouldBe(309.4m); // 182 kcal × 1.7
        edited.GetProperty("unitSystem").GetString().ShouldBe("imperial");
    }

    [Fact]
    public async Task Another_users_meal_plan_is_404_and_deleting_ones_own_removes_it()
    {
        var owner = await AthleteWithTargetsAsync();
        var plan = await GenerateAsync(owner.Client, new { period = "day", mealsPerDay = 3 });
        var location = $"/v1/meal-plans/{plan.GetProperty("id").GetGuid()}";
        var stranger = await app.CreateUserAsync();
        var edit = new { days = new[] { new { meals = new[] { new { name = "Mine now", items = new[] { new { food = "apple", grams = 100 } } } } } } };

        (await stranger.Client.GetAsync(location, _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.Client.PutAsJsonAsync(location, edit, _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.Client.DeleteAsync(location, _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.Client.GetFromJsonAsync<JsonElement>("/v1/meal-plans", _ct)).GetProperty("items").GetArrayLength().ShouldBe(0);
        (await owner.Client.GetAsync(location, _ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await owner.Client.DeleteAsync(location, _ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await owner.Client.GetAsync(location, _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Without_targets_there_is_no_plan()
    {
        var user = await app.CreateUserAsync();

        var response = await user.Client.PostAsJsonAsync("/v1/meal-plans", new { period = "day", mealsPerDay = 3 }, _ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await response.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("code").GetString().ShouldBe("nutrition_targets_missing");
    }

    [Fact]
    public async Task Preferences_a_high_protein_target_cannot_be_met_with_are_a_409()
    {
        var user = await AthleteAsync(app, new
        {
            sex = "female", dateOfBirth = BornYearsAgo(30), heightCm = 165, weightKg = 80, trainingDaysPerWeek = 2,
            dailyActivity = "sedentary", goals = new[] { "fat-loss" },
        });
        await TargetsAsync(user.Client);

        var response = await user.Client.PostAsJsonAsync(
            "/v1/meal-plans", new { period = "day", mealsPerDay = 2, diet = "vegan", allergens = new[] { "soy", "gluten" }, seed = 3 }, _ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await response.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("code").GetString().ShouldBe("meal_plan_unreachable");
    }

    public static TheoryData<string, string> BadGenerations => new()
    {
        { """{"mealsPerDay":3}""", "period" },
        { """{"period":"month","mealsPerDay":3}""", "period" },
        { """{"period":"day"}""", "mealsPerDay" },
        { """{"period":"day","mealsPerDay":7}""", "mealsPerDay" },
        { """{"period":"day","mealsPerDay":1}""", "mealsPerDay" },
        { """{"period":"day","mealsPerDay":3,"diet":"paleo"}""", "diet" },
        { """{"period":"day","mealsPerDay":3,"allergens":["lupin"]}""", "allergens" },
        { """{"period":"day","mealsPerDay":3,"excludedFoods":["unicorn-steak"]}""", "excludedFoods" },
        { """{"period":"day","mealsPerDay":3,"seed":-1}""", "seed" },
    };

    [Theory]
    [MemberData(nameof(BadGenerations))]
    public async Task Bad_generation_requests_are_400_with_the_field_named(string body, string field)
    {
        var user = await AthleteWithTargetsAsync();

        var response = await user.Client.PostAsync("/v1/meal-plans", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), _ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var text = await response.Content.ReadAsStringAsync(_ct);
        JsonDocument.Parse(text).RootElement.GetProperty("errors").EnumerateObject().ShouldContain(p => p.Name.StartsWith(field, StringComparison.Ordinal), text);
        (await app.ScalarAsync<long>("SELECT count(*) FROM nutrition.meal_plans WHERE user_id = $1", user.Id)).ShouldBe(0);
    }

    public static TheoryData<string, string> BadEdits => new()
    {
        { """{}""", "days" },
        { """{"days":[]}""", "days" },
        { """{"days":[{"meals":[{"name":"Lunch","items":[{"food":"apple"}]}]}]}""", "days[0].meals[0].items[0].grams" },
        { """{"days":[{"meals":[{"name":"Lunch","items":[{"food":"apple","grams":100,"ounces":3}]}]}]}""", "days[0].meals[0].items[0].grams" },
        { """{"days":[{"meals":[{"name":"Lunch","items":[{"food":"apple","grams":0}]}]}]}""", "days[0].meals[0].items[0].grams" },
        { """{"days":[{"meals":[{"name":"","items":[]}]}]}""", "days[0].meals[0].name" },
        { """{"days":[{"meals":[{"name":"Lunch","items":[{"food":"unicorn-steak","grams":100}]}]}]}""", "days[0].meals[0].items[0].food" },
        { """{"days":[{"meals":[{"name":"Lunch","items":[]}]},{"meals":[{"name":"Lunch","items":[]}]}]}""", "days" },
    };

    [Theory]
    [MemberData(nameof(BadEdits))]
    public async Task Bad_edits_are_400_with_the_field_named(string body, string field)
    {
        var user = await AthleteWithTargetsAsync();
        var plan = await GenerateAsync(user.Client, new { period = "day", mealsPerDay = 3 });

        var response = await user.Client.PutAsync(
            $"/v1/meal-plans/{plan.GetProperty("id").GetGuid()}", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), _ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var text = await response.Content.ReadAsStringAsync(_ct);
        JsonDocument.Parse(text).RootElement.GetProperty("errors").EnumerateObject().ShouldContain(p => p.Name == field, text);
    }

    [Fact]
    public async Task Bad_preferences_are_400()
    {
        var user = await app.CreateUserAsync();

        (await user.Client.PutAsJsonAsync("/v1/nutrition/preferences", new { allergens = new[] { "gluten" } }, _ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await user.Client.PutAsJsonAsync("/v1/nutrition/preferences", new { diet = "vegan", excludedFoods = new[] { "unicorn-steak" } }, _ct))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await user.Client.GetFromJsonAsync<JsonElement>("/v1/nutrition/preferences", _ct)).GetProperty("diet").GetString().ShouldBe("omnivore");
    }
}
