using System.Net.Http.Json;
using CaliFlow.IntegrationTests.Infrastructure;
using CaliFlow.Modules.Progress.Contracts;
using Shouldly;
using static CaliFlow.IntegrationTests.Gamification.GamificationTestHelpers;

namespace CaliFlow.IntegrationTests.Programming;

/// <summary>Programming announces a plan week kept (nothing left planned, at least half done) once, when its last session is settled.</summary>
public sealed class PlanMilestoneTests(CaliFlowApp app)
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private async Task<(TestUser User, Session[] Week1)> AthleteWithPlanAsync()
    {
        var user = await app.CreateUserAsync();
        (await user.Client.PatchAsJsonAsync("/v1/me/profile", new
        {
            level = "beginner",
            equipment = new[] { "pull-up-bar" },
            trainingDaysPerWeek = 3,
            preferredWeekdays = new[] { "monday", "wednesday", "friday" },
        }, _ct)).EnsureSuccessStatusCode();
        (await user.Client.PostAsJsonAsync("/v1/plans", new { }, _ct)).EnsureSuccessStatusCode();
        var week = (await user.Client.GetFromJsonAsync<PlanWeek>("/v1/plans/current/sessions?week=1", _ct))!;
        week.Sessions.Length.ShouldBe(3);
        return (user, week.Sessions);
    }

    private Task<long> WeeksAnnounced(Guid userId) => app.ScalarAsync<long>(
        "SELECT count(*) FROM programming.outbox_messages WHERE type LIKE '%PlanWeekCompletedIntegrationEvent%' AND payload->>'userId' = $1 " +
        "AND payload->>'week' = '1' AND payload->>'sessionsPlanned' = '3' AND payload->>'sessionsDone' = '2'",
        userId.ToString());

    private Task DoneAsync(TestUser user, Session session) =>
        app.DeliverAsync(new WorkoutLoggedIntegrationEvent(user.Id, Guid.CreateVersion7(), session.Id, session.Date));

    [Fact]
    public async Task Two_sessions_done_and_the_last_one_skipped_keep_the_week_announced_once()
    {
        var (user, week) = await AthleteWithPlanAsync();
        await DoneAsync(user, week[0]);
        await DoneAsync(user, week[1]);
        (await WeeksAnnounced(user.Id)).ShouldBe(0, "a session is still planned");

        (await user.Client.PostAsJsonAsync($"/v1/sessions/{week[2].Id}/skip", new { }, _ct)).EnsureSuccessStatusCode();
        (await WeeksAnnounced(user.Id)).ShouldBe(1);

        await DoneAsync(user, week[2]); // the skipped session done after all: the week was already kept
        (await app.ScalarAsync<long>(
            "SELECT count(*) FROM programming.outbox_messages WHERE type LIKE '%PlanWeekCompletedIntegrationEvent%' AND payload->>'userId' = $1",
            user.Id.ToString())).ShouldBe(1);
    }

    [Fact]
    public async Task A_week_mostly_skipped_is_not_kept()
    {
        var (user, week) = await AthleteWithPlanAsync();
        (await user.Client.PostAsJsonAsync($"/v1/sessions/{week[0].Id}/skip", new { }, _ct)).EnsureSuccessStatusCode();
        (await user.Client.PostAsJsonAsync($"/v1/sessions/{week[1].Id}/skip", new { }, _ct)).EnsureSuccessStatusCode();
        await DoneAsync(user, week[2]);

        (await app.ScalarAsync<long>(
            "SELECT count(*) FROM programming.outbox_messages WHERE type LIKE '%PlanWeekCompletedIntegrationEvent%' AND payload->>'userId' = $1",
            user.Id.ToString())).ShouldBe(0);
    }
}
