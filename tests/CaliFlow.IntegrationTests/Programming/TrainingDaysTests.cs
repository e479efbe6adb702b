using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CaliFlow.IntegrationTests.Infrastructure;
using Shouldly;

namespace CaliFlow.IntegrationTests.Programming;

/// <summary>A plan has as many sessions a week as training days asked for, whatever weekdays were preferred (issue #18, 11).</summary>
public sealed class TrainingDaysTests(CaliFlowApp app)
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private async Task<TestUser> UserAsync(object profile)
    {
        var user = await app.CreateUserAsync();
        (await user.Client.PatchAsJsonAsync("/v1/me/profile", profile, _ct)).EnsureSuccessStatusCode();
        return user;
    }

    private async Task<Plan> CreatePlanAsync(TestUser user, object body)
    {
        var response = await user.Client.PostAsJsonAsync("/v1/plans", body, _ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(_ct));
        return (await response.Content.ReadFromJsonAsync<Plan>(_ct))!;
    }

    [Fact]
    public async Task Four_training_days_with_the_default_weekdays_give_four_sessions_every_week()
    {
        var user = await UserAsync(new { trainingDaysPerWeek = 4 }); // weekdays stay the default Monday/Wednesday/Friday

        var plan = await CreatePlanAsync(user, new { });

        plan.Sessions.GroupBy(s => s.Week).Select(w => w.Count()).ShouldBe(Enumerable.Repeat(4, 12));
        plan.Sessions.Select(s => s.Date.DayOfWeek).Distinct().Order()
            .ShouldBe([DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday, DayOfWeek.Saturday]);
    }

    [Fact]
    public async Task Days_asked_for_in_the_request_get_weekdays_picked_to_fit()
    {
        var user = await UserAsync(new { trainingDaysPerWeek = 3 });

        var five = await CreatePlanAsync(user, new { daysPerWeek = 5 });
        var fromTwoWeekdays = await CreatePlanAsync(user, new { preferredWeekdays = new[] { "tuesday", "thursday" } });

        five.Sessions.Length.ShouldBe(60); // 12 weeks × 5
        five.Sessions.GroupBy(s => s.Week).ShouldAllBe(w => w.Count() == 5);
        fromTwoWeekdays.Sessions.Length.ShouldBe(36); // 12 weeks × 3
        fromTwoWeekdays.Sessions.GroupBy(s => s.Week).ShouldAllBe(w => w.Count() == 3);
        fromTwoWeekdays.Sessions.Select(s => s.Date.DayOfWeek).ShouldContain(DayOfWeek.Tuesday);
        fromTwoWeekdays.Sessions.Select(s => s.Date.DayOfWeek).ShouldContain(DayOfWeek.Thursday);
    }

    [Fact]
    public async Task Fewer_weekdays_than_days_sent_together_in_a_plan_request_is_a_400()
    {
        var user = await UserAsync(new { trainingDaysPerWeek = 3 });

        var response = await user.Client.PostAsJsonAsync("/v1/plans", new { daysPerWeek = 4, preferredWeekdays = new[] { "monday", "wednesday", "monday" } }, _ct);

        (await FieldErrors(response)).Keys.ShouldContain("preferredWeekdays");
        (await app.ScalarAsync<long>("SELECT count(*) FROM programming.workout_plans WHERE user_id = $1", user.Id)).ShouldBe(0);
    }

    [Fact]
    public async Task Fewer_weekdays_than_days_sent_together_in_a_profile_update_is_a_400_and_changes_nothing()
    {
        var user = await UserAsync(new { trainingDaysPerWeek = 2 });
        var before = await user.Client.GetStringAsync("/v1/me", _ct);

        var response = await user.Client.PatchAsync(
            "/v1/me/profile",
            new StringContent("""{"trainingDaysPerWeek":4,"preferredWeekdays":["monday","wednesday","friday"]}""", Encoding.UTF8, "application/json"),
            _ct);

        (await FieldErrors(response)).Keys.ShouldContain("preferredWeekdays");
        (await user.Client.GetStringAsync("/v1/me", _ct)).ShouldBe(before);
        (await user.Client.PatchAsJsonAsync("/v1/me/profile", new { trainingDaysPerWeek = 3, preferredWeekdays = new[] { "monday", "wednesday", "friday" } }, _ct))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private async Task<Dictionary<string, string[]>> FieldErrors(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(_ct);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, text);
        using var problem = JsonDocument.Parse(text);
        return problem.RootElement.GetProperty("errors").Deserialize<Dictionary<string, string[]>>()!;
    }
}
