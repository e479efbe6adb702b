using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaliFlow.IntegrationTests.Infrastructure;
using Shouldly;
using static CaliFlow.IntegrationTests.Nutrition.NutritionTestHelpers;

namespace CaliFlow.IntegrationTests.Nutrition;

public sealed class NutritionTargetsTests(CaliFlowApp app)
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Targets_are_computed_from_the_profile()
    {
        var user = await AthleteAsync(app);

        var targets = await TargetsAsync(user.Client);

        // Hand-computed: BMR 1780, × 1.35 (sedentary + 3 training days) = 2403 → 2400 kcal at maintenance.
        targets.GetProperty("goal").GetString().ShouldBe("maintenance");
        targets.GetProperty("bmrKcal").GetDecimal().ShouldBe(1780m);
        targets.GetProperty("tdeeKcal").GetDecimal().ShouldBe(2403m);
        targets.GetProperty("energyKcal").GetInt32().ShouldBe(2400);
        targets.GetProperty("proteinG").GetInt32().ShouldBe(128);
        targets.GetProperty("fatG").GetInt32().ShouldBe(80);
        targets.GetProperty("carbohydrateG").GetInt32().ShouldBe(292);
        targets.GetProperty("fibreG").GetInt32().ShouldBe(34);
        // BMI 24.7: protein is dosed on the body weight, and the label says so.
        targets.GetProperty("proteinPerBodyWeight").GetProperty("value").GetDecimal().ShouldBe(1.6m);
        targets.GetProperty("proteinReferenceWeight").GetProperty("value").GetDecimal().ShouldBe(80m);
        targets.GetProperty("proteinLabel").GetString().ShouldBe("1.6 g/kg of 80 kg body weight");
        targets.GetProperty("water").GetProperty("value").GetDecimal().ShouldBe(3000m);
        targets.GetProperty("water").GetProperty("unit").GetString().ShouldBe("ml");
        var inputs = targets.GetProperty("inputs");
        inputs.GetProperty("ageYears").GetInt32().ShouldBe(30);
        inputs.GetProperty("weight").GetProperty("value").GetDecimal().ShouldBe(80m);
        inputs.GetProperty("weightSource").GetString().ShouldBe("profile");
        inputs.GetProperty("activityFactor").GetDecimal().ShouldBe(1.35m);
        targets.GetProperty("trigger").GetString().ShouldBe("profile-updated");
        targets.GetProperty("active").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Without_sex_birth_date_height_and_weight_there_are_no_targets()
    {
        var user = await app.CreateUserAsync();

        var get = await user.Client.GetAsync("/v1/nutrition/targets", _ct);
        get.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ProblemAsync(get)).GetProperty("code").GetString().ShouldBe("nutrition_targets_not_found");

        var recalculate = await user.Client.PostAsync("/v1/nutrition/plans/recalculate", null, _ct);
        recalculate.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = await ProblemAsync(recalculate);
        problem.GetProperty("code").GetString().ShouldBe("profile_incomplete");
        problem.GetProperty("detail").GetString()!.ShouldContain("dateOfBirth");
    }

    [Fact]
    public async Task A_goal_and_activity_change_recomputes_and_keeps_the_history()
    {
        var user = await AthleteAsync(app);
        var first = await TargetsAsync(user.Client);

        (await user.Client.PatchAsJsonAsync("/v1/me/profile", new { goals = new[] { "fat-loss" }, dailyActivity = "light" }, _ct)).EnsureSuccessStatusCode();
        var second = await TargetsWhenAsync(user.Client, t => t.GetProperty("goal").GetString() == "fat-loss");

        // 1780 × (1.3 + 0.15) × 0.8 = 2064.8 → 2060 kcal; protein 2.2 g/kg.
        second.GetProperty("energyKcal").GetInt32().ShouldBe(2060);
        second.GetProperty("proteinG").GetInt32().ShouldBe(176);
        var history = (await user.Client.GetFromJsonAsync<JsonElement>("/v1/nutrition/plans", _ct)).GetProperty("items").EnumerateArray().ToList();
        history.Select(p => p.GetProperty("id").GetGuid()).ShouldBe([second.GetProperty("id").GetGuid(), first.GetProperty("id").GetGuid()]);
        history[0].GetProperty("active").GetBoolean().ShouldBeTrue();
        history[1].GetProperty("active").GetBoolean().ShouldBeFalse();
        history[1].GetProperty("supersededAt").ValueKind.ShouldBe(JsonValueKind.String);
        history[1].GetProperty("energyKcal").GetInt32().ShouldBe(2400);
    }

    [Fact]
    public async Task A_body_weight_reading_recomputes_through_the_outbox_and_wins_over_the_profile_weight()
    {
        var user = await AthleteAsync(app);
        await TargetsAsync(user.Client);

        (await user.Client.PostAsJsonAsync("/v1/metrics", new { type = "body-weight", recordedOn = "2026-11-20", bodyWeight = new { weightKg = 76.5 } }, _ct))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        var targets = await TargetsWhenAsync(user.Client, t => t.GetProperty("inputs").GetProperty("weightSource").GetString() == "progress");

        targets.GetProperty("inputs").GetProperty("weight").GetProperty("value").GetDecimal().ShouldBe(76.5m);
        targets.GetProperty("trigger").GetString().ShouldBe("body-weight-recorded");
        targets.GetProperty("bmrKcal").GetDecimal().ShouldBe(1745m); // 765 + 1125 − 150 + 5
        targets.GetProperty("proteinG").GetInt32().ShouldBe(122); // 1.6 × 76.5 = 122.4

        // An older reading filled in later does not replace the latest weight: no new plan.
        (await user.Client.PostAsJsonAsync("/v1/metrics", new { type = "body-weight", recordedOn = "2026-10-01", bodyWeight = new { weightKg = 90 } }, _ct))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        await WaitForOutboxAsync(user.Id);
        (await TargetsAsync(user.Client)).GetProperty("id").GetGuid().ShouldBe(targets.GetProperty("id").GetGuid());
        (await app.ScalarAsync<long>("SELECT count(*) FROM nutrition.nutrition_plans WHERE user_id = $1", user.Id)).ShouldBe(2);
    }

    [Fact]
    public async Task Recalculating_with_nothing_changed_answers_the_active_plan_without_a_new_row()
    {
        var user = await AthleteAsync(app);
        var active = await TargetsAsync(user.Client);

        var response = await user.Client.PostAsync("/v1/nutrition/plans/recalculate", null, _ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("id").GetGuid().ShouldBe(active.GetProperty("id").GetGuid());
        (await app.ScalarAsync<long>("SELECT count(*) FROM nutrition.nutrition_plans WHERE user_id = $1", user.Id)).ShouldBe(1);
    }

    [Fact]
    public async Task A_requested_recalculation_after_a_change_adds_a_plan()
    {
        var user = await app.CreateUserAsync();
        (await user.Client.PatchAsJsonAsync("/v1/me/profile", new { sex = "female", dateOfBirth = BornYearsAgo(40), heightCm = 165 }, _ct)).EnsureSuccessStatusCode();
        await WaitForOutboxAsync(user.Id);
        (await user.Client.GetAsync("/v1/nutrition/targets", _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound); // no weight yet

        (await user.Client.PatchAsJsonAsync("/v1/me/profile", new { weightKg = 60, goals = new[] { "fat-loss" }, trainingDaysPerWeek = 4, dailyActivity = "light" }, _ct))
            .EnsureSuccessStatusCode();
        var response = await user.Client.PostAsync("/v1/nutrition/plans/recalculate", null, _ct);

        // Either this request or the profile event computes the plan first; the other finds nothing changed.
        response.StatusCode.ShouldBeOneOf(HttpStatusCode.Created, HttpStatusCode.OK);
        var plan = await response.Content.ReadFromJsonAsync<JsonElement>(_ct);
        plan.GetProperty("energyKcal").GetInt32().ShouldBe(1520);
        plan.GetProperty("proteinG").GetInt32().ShouldBe(132);
        plan.GetProperty("carbohydrateG").GetInt32().ShouldBe(154);
        await WaitForOutboxAsync(user.Id);
        (await app.ScalarAsync<long>("SELECT count(*) FROM nutrition.nutrition_plans WHERE user_id = $1 AND superseded_at IS NULL", user.Id)).ShouldBe(1);
    }

    [Fact]
    public async Task An_imperial_profile_reads_weight_height_water_and_protein_per_pound()
    {
        var user = await AthleteAsync(app);
        await TargetsAsync(user.Client);

        (await user.Client.PatchAsJsonAsync("/v1/me/profile", new { unitSystem = "imperial" }, _ct)).EnsureSuccessStatusCode();
        var targets = await TargetsWhenAsync(user.Client, t => t.GetProperty("unitSystem").GetString() == "imperial");

        var inputs = targets.GetProperty("inputs");
        inputs.GetProperty("weight").GetProperty("value").GetDecimal().ShouldBe(176.4m);
        inputs.GetProperty("weight").GetProperty("unit").GetString().ShouldBe("lb");
        inputs.GetProperty("height").GetProperty("value").GetDecimal().ShouldBe(70.9m);
        inputs.GetProperty("height").GetProperty("unit").GetString().ShouldBe("in");
        targets.GetProperty("water").GetProperty("unit").GetString().ShouldBe("fl-oz");
        targets.GetProperty("water").GetProperty("value").GetDecimal().ShouldBe(101m); // 3000 ml
        targets.GetProperty("proteinPerBodyWeight").GetProperty("unit").GetString().ShouldBe("g/lb");
        targets.GetProperty("proteinPerBodyWeight").GetProperty("value").GetDecimal().ShouldBe(0.73m); // 1.6 g/kg
        targets.GetProperty("proteinReferenceWeight").GetProperty("unit").GetString().ShouldBe("lb");
        targets.GetProperty("proteinLabel").GetString().ShouldBe("0.73 g/lb of 176.4 lb body weight");
        targets.GetProperty("energyKcal").GetInt32().ShouldBe(2400); // units change nothing that is computed
        (await app.ScalarAsync<long>("SELECT count(*) FROM nutrition.nutrition_plans WHERE user_id = $1", user.Id)).ShouldBe(1);
    }

    [Fact]
    public async Task An_imperial_user_may_give_height_and_weight_in_inches_and_pounds()
    {
        var user = await AthleteAsync(app, new
        {
            unitSystem = "imperial", sex = "male", dateOfBirth = BornYearsAgo(30), heightIn = 70.9, weightLb = 176.4,
            trainingDaysPerWeek = 3, dailyActivity = "sedentary",
        });

        var targets = await TargetsAsync(user.Client);

        targets.GetProperty("inputs").GetProperty("weight").GetProperty("value").GetDecimal().ShouldBe(176.4m);
        targets.GetProperty("inputs").GetProperty("height").GetProperty("value").GetDecimal().ShouldBe(70.9m);
        // Stored metric: 80.0 kg, 180.1 cm
        (await app.ScalarAsync<decimal>("SELECT weight_kg FROM nutrition.nutrition_plans WHERE user_id = $1", user.Id)).ShouldBe(80.0m);
        (await app.ScalarAsync<decimal>("SELECT height_cm FROM nutrition.nutrition_plans WHERE user_id = $1", user.Id)).ShouldBe(180.1m);
        (await user.Client.PatchAsJsonAsync("/v1/me/profile", new { weightKg = 80, weightLb = 176 }, _ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await user.Client.PatchAsJsonAsync("/v1/me/profile", new { heightIn = 20 }, _ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_history_is_private_and_paged()
    {
        var user = await AthleteAsync(app);
        await TargetsAsync(user.Client);
        (await user.Client.PatchAsJsonAsync("/v1/me/profile", new { trainingDaysPerWeek = 5 }, _ct)).EnsureSuccessStatusCode();
        await TargetsWhenAsync(user.Client, t => t.GetProperty("inputs").GetProperty("trainingDaysPerWeek").GetInt32() == 5);

        var page = await user.Client.GetFromJsonAsync<JsonElement>("/v1/nutrition/plans?limit=1", _ct);
        page.GetProperty("items").GetArrayLength().ShouldBe(1);
        var next = await user.Client.GetFromJsonAsync<JsonElement>($"/v1/nutrition/plans?limit=1&cursor={page.GetProperty("nextCursor").GetString()}", _ct);
        next.GetProperty("items").GetArrayLength().ShouldBe(1);
        next.GetProperty("nextCursor").ValueKind.ShouldBe(JsonValueKind.Null);

        var stranger = await app.CreateUserAsync();
        (await stranger.Client.GetFromJsonAsync<JsonElement>("/v1/nutrition/plans", _ct)).GetProperty("items").GetArrayLength().ShouldBe(0);
        (await user.Client.GetAsync("/v1/nutrition/plans?limit=0", _ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await user.Client.GetAsync("/v1/nutrition/plans?cursor=nope", _ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Bad_profile_activity_is_400()
    {
        var user = await app.CreateUserAsync();

        var response = await user.Client.PatchAsJsonAsync("/v1/me/profile", new { dailyActivity = "couch" }, _ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    /// <summary>Gives the outbox dispatchers (100 ms poll in tests) time to deliver what was just committed.</summary>
    private async Task WaitForOutboxAsync(Guid userId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (await app.ScalarAsync<long>(
                   "SELECT (SELECT count(*) FROM users.outbox_messages WHERE processed_at IS NULL AND payload->>'userId' = $1) + " +
                   "(SELECT count(*) FROM progress.outbox_messages WHERE processed_at IS NULL AND payload->>'userId' = $1)",
                   userId.ToString()) > 0)
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline);
            await Task.Delay(100, _ct);
        }
    }
}
