using System.Net.Http.Json;
using System.Text.Json;
using CaliFlow.IntegrationTests.Infrastructure;
using CaliFlow.Modules.Coaching.Contracts;
using CaliFlow.Modules.Platform.Contracts;
using CaliFlow.Modules.Programming.Contracts;
using CaliFlow.Modules.Progress.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using static CaliFlow.IntegrationTests.Gamification.GamificationTestHelpers;

namespace CaliFlow.IntegrationTests.Gamification;

/// <summary>Progress counted from the other modules' events: once per fact, whoever delivers it and however often.</summary>
public sealed class AchievementProgressTests(CaliFlowApp app)
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private static readonly DateOnly Monday = new(2026, 3, 2);

    [Fact]
    public async Task A_workout_logged_over_http_unlocks_first_workout_and_first_pull_up_once()
    {
        var user = await app.CreateUserAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        (await user.Client.PostAsJsonAsync("/v1/workout-logs", new
        {
            id = Guid.CreateVersion7(),
            performedOn = today,
            exercises = new[] { new { exercise = "pull-up", sets = new[] { new { reps = 5 }, new { reps = 4 } } } },
        }, _ct)).EnsureSuccessStatusCode();

        var mine = await MineWhenAsync(user.Client, m => Codes(m.GetProperty("unlocked")).Contains("first-pull-up"));

        Codes(mine.GetProperty("unlocked")).ShouldBe(["first-pull-up", "first-workout"], ignoreOrder: true);
        Codes(mine.GetProperty("recentlyUnlocked")).ShouldBe(["first-pull-up", "first-workout"], ignoreOrder: true);
        mine.GetProperty("totalPoints").GetInt64().ShouldBe(35);
        mine.GetProperty("level").GetProperty("level").GetInt32().ShouldBe(1);
        mine.GetProperty("streaks").GetProperty("currentDays").GetInt32().ShouldBe(1);
        var reps = mine.GetProperty("inProgress").EnumerateArray().Single(a => a.GetProperty("code").GetString() == "pull-reps-1000");
        reps.GetProperty("progress").GetProperty("current").GetInt64().ShouldBe(9);
        reps.GetProperty("progress").GetProperty("target").GetInt64().ShouldBe(1000);
        (await app.UnlocksAnnouncedAsync(user.Id, "first-workout")).ShouldBe(1);
    }

    [Fact]
    public async Task An_event_delivered_twice_or_the_same_fact_in_another_event_counts_once()
    {
        var user = await app.CreateUserAsync();
        var logged = Workout(user.Id, Monday, PullUps(12));
        var eventId = Guid.CreateVersion7();

        await app.DeliverAsync(logged, eventId);
        await app.DeliverAsync(logged, eventId); // redelivered by the outbox
        await app.DeliverAsync(logged); // the same workout log in another event

        (await app.CounterAsync(user.Id, "workouts")).ShouldBe(1);
        (await app.CounterAsync(user.Id, "reps:vertical-pull")).ShouldBe(12);
        (await app.CounterAsync(user.Id, "reps@day")).ShouldBe(12);
        (await app.UnlocksAnnouncedAsync(user.Id, "first-workout")).ShouldBe(1);

        await app.DeliverAsync(Workout(user.Id, Monday, PullUps(3))); // another workout that day
        (await app.CounterAsync(user.Id, "workouts")).ShouldBe(2);
        (await app.CounterAsync(user.Id, "reps@day")).ShouldBe(15);
    }

    [Fact]
    public async Task A_day_streak_and_a_training_week_come_from_workouts_and_unlock_their_achievements()
    {
        var user = await app.CreateUserAsync(); // three training days a week by default
        foreach (var day in new[] { 0, 1, 2 })
        {
            await app.DeliverAsync(Workout(user.Id, Monday.AddDays(day), PullUps(5)));
        }

        (await app.CounterAsync(user.Id, "day-streak")).ShouldBe(3);
        (await app.CounterAsync(user.Id, "training-week-streak")).ShouldBe(1);
        (await app.UnlocksAnnouncedAsync(user.Id, "day-streak-3")).ShouldBe(1);

        var achievements = await user.Client.GetFromJsonAsync<JsonElement>("/v1/achievements", _ct);
        var weeks = achievements.EnumerateArray().Single(a => a.GetProperty("code").GetString() == "training-weeks-4").GetProperty("progress");
        weeks.GetProperty("current").GetInt64().ShouldBe(1);
        weeks.GetProperty("target").GetInt64().ShouldBe(4);
    }

    [Fact]
    public async Task A_week_already_past_a_lowered_target_is_met_by_its_next_workout()
    {
        var user = await app.CreateUserAsync();
        (await user.Client.PatchAsJsonAsync("/v1/me/profile", new { trainingDaysPerWeek = 4 }, _ct)).EnsureSuccessStatusCode();
        await app.DeliverAsync(Workout(user.Id, Monday, PullUps(5)));
        await app.DeliverAsync(Workout(user.Id, Monday.AddDays(2), PullUps(5)));
        await app.DeliverAsync(Workout(user.Id, Monday.AddDays(4), PullUps(5)));
        (await app.CounterAsync(user.Id, "training-week-streak")).ShouldBe(0, "three of four planned");

        (await user.Client.PatchAsJsonAsync("/v1/me/profile", new { trainingDaysPerWeek = 2 }, _ct)).EnsureSuccessStatusCode();
        await app.DeliverAsync(Workout(user.Id, Monday.AddDays(5), PullUps(5)));

        (await app.CounterAsync(user.Id, "training-week-streak")).ShouldBe(1);
    }

    [Fact]
    public async Task Check_ins_count_once_each_and_weeks_in_a_row_make_a_check_in_streak()
    {
        var user = await app.CreateUserAsync();
        var checkIns = Enumerable.Range(0, 4).Select(w => new CheckInSubmittedIntegrationEvent(user.Id, Guid.CreateVersion7(), Monday.AddDays((7 * w) + 3))).ToList();
        foreach (var checkIn in checkIns)
        {
            await app.DeliverAsync(checkIn);
        }

        await app.DeliverAsync(checkIns[0]); // the same check-in again, in another event

        (await app.CounterAsync(user.Id, "check-ins")).ShouldBe(4);
        (await app.CounterAsync(user.Id, "check-in-week-streak")).ShouldBe(4);
        Codes((await MineAsync(user.Client)).GetProperty("unlocked")).ShouldBe(["first-check-in", "check-in-streak-4"], ignoreOrder: true);
    }

    [Fact]
    public async Task A_progression_reaching_the_muscle_up_unlocks_it_and_a_regression_counts_nothing()
    {
        var user = await app.CreateUserAsync();
        var muscleUp = await user.Client.GetFromJsonAsync<JsonElement>("/v1/exercises/muscle-up", _ct);
        var band = await user.Client.GetFromJsonAsync<JsonElement>("/v1/exercises/band-assisted-muscle-up", _ct);
        var (from, to) = (band.GetProperty("id").GetGuid(), muscleUp.GetProperty("id").GetGuid());

        await app.DeliverAsync(new VariationChangedIntegrationEvent(user.Id, "transition", to, from, VariationChange.Regressed, "too hard"));
        (await app.CounterAsync(user.Id, "progressions-unlocked")).ShouldBe(0);

        var advanced = new VariationChangedIntegrationEvent(user.Id, "transition", from, to, VariationChange.Advanced, "3 x 3");
        await app.DeliverAsync(advanced);
        await app.DeliverAsync(advanced); // advanced again over the same step after a regression: one progression

        (await app.CounterAsync(user.Id, "progressions-unlocked")).ShouldBe(1);
        Codes((await MineAsync(user.Client)).GetProperty("unlocked")).ShouldBe(["first-muscle-up", "progression-1"], ignoreOrder: true);
    }

    [Fact]
    public async Task Plan_weeks_and_plans_kept_and_planned_sessions_done_count_once_each()
    {
        var user = await app.CreateUserAsync();
        var planId = Guid.CreateVersion7();
        await app.DeliverAsync(new PlanCreatedIntegrationEvent(user.Id, planId, Monday, Monday.AddDays(83)));
        await app.DeliverAsync(new SessionCompletedIntegrationEvent(user.Id, planId, Guid.CreateVersion7(), Monday, Guid.CreateVersion7()));
        var week = new PlanWeekCompletedIntegrationEvent(user.Id, planId, 1, 3, 2);
        await app.DeliverAsync(week);
        await app.DeliverAsync(week);
        await app.DeliverAsync(new PlanCompletedIntegrationEvent(user.Id, planId, 36, 30));

        (await app.CounterAsync(user.Id, "plans-started")).ShouldBe(1);
        (await app.CounterAsync(user.Id, "sessions-completed")).ShouldBe(1);
        (await app.CounterAsync(user.Id, "plan-weeks-completed")).ShouldBe(1);
        Codes((await MineAsync(user.Client)).GetProperty("unlocked")).ShouldBe(["plan-started", "plan-week-1", "plan-complete"], ignoreOrder: true);
    }

    [Fact]
    public async Task Another_users_progress_is_out_of_reach()
    {
        var athlete = await app.CreateUserAsync();
        var other = await app.CreateUserAsync();
        await app.DeliverAsync(Workout(athlete.Id, Monday, PullUps(20)));

        var mine = await MineAsync(other.Client);
        mine.GetProperty("totalPoints").GetInt64().ShouldBe(0);
        mine.GetProperty("unlocked").GetArrayLength().ShouldBe(0);
        mine.GetProperty("inProgress").GetArrayLength().ShouldBe(0);
        var all = await other.Client.GetFromJsonAsync<JsonElement>("/v1/achievements", _ct);
        all.GetArrayLength().ShouldBeGreaterThanOrEqualTo(30);
        all.EnumerateArray().ShouldAllBe(a => a.GetProperty("progress").GetProperty("current").GetInt64() == 0);
        (await MineAsync(athlete.Client)).GetProperty("totalPoints").GetInt64().ShouldBeGreaterThan(0);
        (await app.CreateClient().GetAsync("/v1/me/achievements", _ct)).StatusCode.ShouldBe(System.Net.HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_users_data_is_exported_and_purged_through_the_personal_data_door()
    {
        var user = await app.CreateUserAsync();
        await app.DeliverAsync(Workout(user.Id, Monday, PullUps(5)));
        await using var scope = app.Services.CreateAsyncScope();
        var door = scope.ServiceProvider.GetServices<IPersonalData>().Single(p => p.Section == "gamification");

        var export = JsonSerializer.SerializeToElement(await door.ExportAsync(user.Id, _ct), CaliFlow.BuildingBlocks.JsonDefaults.Options);
        Codes(export.GetProperty("achievements")).ShouldContain("first-workout");
        export.GetProperty("counters").GetProperty("workouts").GetInt64().ShouldBe(1);

        await door.PurgeAsync(user.Id, _ct);
        await door.PurgeAsync(user.Id, _ct); // twice is harmless

        (await app.ScalarAsync<long>(
            "SELECT (SELECT count(*) FROM gamification.user_achievements WHERE user_id = $1) + (SELECT count(*) FROM gamification.user_counters WHERE user_id = $1) " +
            "+ (SELECT count(*) FROM gamification.user_streaks WHERE user_id = $1) + (SELECT count(*) FROM gamification.counted_facts WHERE user_id = $1)", user.Id)).ShouldBe(0);
    }
}
