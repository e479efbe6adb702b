using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaliFlow.IntegrationTests.Gamification;
using CaliFlow.IntegrationTests.Infrastructure;
using Shouldly;

namespace CaliFlow.IntegrationTests.HealthPlatforms;

/// <summary>
/// Sessions other apps recorded (POST /activities): kept once per source record, and counted toward active days, the week's
/// sessions and the training-week streak, never twice with a CaliFlow log of the same session, whichever arrives first.
/// </summary>
public sealed class ActivityTests(CaliFlowApp app)
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    /// <summary>Yesterday 08:00 UTC: in the past for any clock the test runs at, and inside one UTC day with all that follows.</summary>
    private static readonly DateTimeOffset Morning = new DateTimeOffset(DateTime.UtcNow.Date, TimeSpan.Zero).AddDays(-1).AddHours(8);

    private static readonly DateOnly Day = DateOnly.FromDateTime(Morning.UtcDateTime);

    private static readonly DateOnly Monday = Day.AddDays(-(((int)Day.DayOfWeek + 6) % 7));

    [Fact]
    public async Task An_activity_is_kept_once_per_source_record_and_sending_it_again_updates_it()
    {
        var user = await app.CreateUserAsync();
        var first = await SendAsync(user, "health-connect", "hc-1", Morning, 30, title: "Morning run", type: "Running");
        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        var created = await first.Content.ReadFromJsonAsync<JsonElement>(_ct);
        created.GetProperty("type").GetString().ShouldBe("running");
        created.GetProperty("performedOn").GetString().ShouldBe(Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        created.GetProperty("durationMinutes").GetInt32().ShouldBe(30);
        created.GetProperty("matchedWorkoutLogId").ValueKind.ShouldBe(JsonValueKind.Null);

        var again = await SendAsync(user, "health-connect", "hc-1", Morning, 35, title: "Morning run, longer", type: "running");
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        var updated = await again.Content.ReadFromJsonAsync<JsonElement>(_ct);
        updated.GetProperty("id").GetGuid().ShouldBe(created.GetProperty("id").GetGuid());
        updated.GetProperty("title").GetString().ShouldBe("Morning run, longer");
        updated.GetProperty("durationMinutes").GetInt32().ShouldBe(35);

        // The same id in another source, or another user's record with the same id, is another activity.
        (await SendAsync(user, "garmin", "hc-1", Morning.AddHours(5), 20)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var other = await app.CreateUserAsync();
        (await SendAsync(other, "health-connect", "hc-1", Morning, 30)).StatusCode.ShouldBe(HttpStatusCode.Created);

        var mine = await ListAsync(user);
        mine.Select(a => (a.GetProperty("source").GetString(), a.GetProperty("sourceId").GetString()))
            .ShouldBe([("garmin", "hc-1"), ("health-connect", "hc-1")]); // newest first
        (await ListAsync(other)).Count.ShouldBe(1);

        var stats = await StatsWeekAsync(user);
        stats.GetProperty("workouts").GetInt32().ShouldBe(0);
        stats.GetProperty("otherActivities").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task Bad_activities_answer_400_with_the_field()
    {
        var user = await app.CreateUserAsync();
        await ShouldRefuseAsync(user, new { source = "fitbit", sourceId = "1", type = "run", startedAt = Morning, endedAt = Morning.AddMinutes(5) }, "source");
        await ShouldRefuseAsync(user, new { source = "garmin", sourceId = "1", type = "run", startedAt = Morning, endedAt = Morning }, "endedAt");
        await ShouldRefuseAsync(user, new { source = "garmin", sourceId = "1", type = "run", startedAt = Morning, endedAt = Morning.AddHours(25) }, "endedAt");
        await ShouldRefuseAsync(user, new { source = "garmin", sourceId = "", type = "run", startedAt = Morning, endedAt = Morning.AddMinutes(5) }, "sourceId");
        await ShouldRefuseAsync(
            user, new { source = "garmin", sourceId = "1", type = "run", startedAt = DateTimeOffset.UtcNow.AddHours(1), endedAt = DateTimeOffset.UtcNow.AddHours(2) },
            "startedAt");
        (await ListAsync(user)).ShouldBeEmpty();
    }

    [Fact]
    public async Task An_activity_and_a_log_of_the_same_session_count_once_whichever_arrives_first()
    {
        var user = await app.CreateUserAsync();
        (await user.Client.PatchAsJsonAsync("/v1/me/profile", new { trainingDaysPerWeek = 4 }, _ct)).EnsureSuccessStatusCode();

        // The log first: the watch's record of the same session (started two minutes later) is matched to it.
        var morningLog = await LogAsync(user, Morning, 45);
        var watch = await (await SendAsync(user, "health-connect", "watch-1", Morning.AddMinutes(2), 48, type: "calisthenics"))
            .Content.ReadFromJsonAsync<JsonElement>(_ct);
        watch.GetProperty("matchedWorkoutLogId").GetGuid().ShouldBe(morningLog);

        // A run straight after it overlaps by two minutes only: another session.
        var run = await (await SendAsync(user, "garmin", "run-1", Morning.AddMinutes(43), 30, type: "running")).Content.ReadFromJsonAsync<JsonElement>(_ct);
        run.GetProperty("matchedWorkoutLogId").ValueKind.ShouldBe(JsonValueKind.Null);

        // The activity first: the log uploaded after it takes its place.
        var evening = Morning.AddHours(9);
        (await SendAsync(user, "healthkit", "hk-1", evening, 40, type: "functional-strength-training")).StatusCode.ShouldBe(HttpStatusCode.Created);
        var eveningLog = await LogAsync(user, evening.AddMinutes(3), 40);
        (await ListAsync(user)).Single(a => a.GetProperty("sourceId").GetString() == "hk-1")
            .GetProperty("matchedWorkoutLogId").GetGuid().ShouldBe(eveningLog);

        // Two workouts and one run: three sessions of the four planned, in stats and in the training week.
        var week = await StatsWeekAsync(user);
        week.GetProperty("workouts").GetInt32().ShouldBe(2);
        week.GetProperty("otherActivities").GetInt32().ShouldBe(1);
        var workoutsKey = $"workouts@week:{Monday:yyyy-MM-dd}";
        var othersKey = $"other-activities@week:{Monday:yyyy-MM-dd}";
        await CountersSettleAsync(user, (workoutsKey, 2), (othersKey, 1));
        (await app.CounterAsync(user.Id, "training-week-streak")).ShouldBe(0, "three sessions of four planned");
        (await app.CounterAsync(user.Id, "day-streak")).ShouldBeGreaterThanOrEqualTo(1);

        // A fourth session from another app meets the week.
        (await SendAsync(user, "garmin", "ride-1", evening.AddHours(2), 60, type: "cycling")).StatusCode.ShouldBe(HttpStatusCode.Created);
        await CountersSettleAsync(user, (othersKey, 2), ("training-week-streak", 1));
        (await StatsWeekAsync(user)).GetProperty("otherActivities").GetInt32().ShouldBe(2);

        // Sending the already-counted run again changes nothing that counts.
        (await SendAsync(user, "garmin", "run-1", Morning.AddMinutes(43), 31, type: "running")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await StatsWeekAsync(user)).GetProperty("otherActivities").GetInt32().ShouldBe(2);
        (await app.CounterAsync(user.Id, othersKey)).ShouldBe(2);
    }

    private Task<HttpResponseMessage> SendAsync(
        TestUser user, string source, string sourceId, DateTimeOffset start, int minutes, string type = "running", string? title = null) =>
        user.Client.PostAsJsonAsync("/v1/activities", new { source, sourceId, type, title, startedAt = start, endedAt = start.AddMinutes(minutes) }, _ct);

    private async Task<Guid> LogAsync(TestUser user, DateTimeOffset start, int minutes)
    {
        var id = Guid.CreateVersion7();
        var response = await user.Client.PostAsJsonAsync("/v1/workout-logs", new
        {
            id,
            performedOn = DateOnly.FromDateTime(start.UtcDateTime),
            startedAt = start,
            durationMinutes = minutes,
            exercises = new[] { new { exercise = "push-up", sets = new[] { new { reps = 10 }, new { reps = 8 } } } },
        }, _ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(_ct));
        (await response.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("startedAt").GetDateTimeOffset().ShouldBe(start);
        return id;
    }

    private async Task<List<JsonElement>> ListAsync(TestUser user) =>
        [.. (await user.Client.GetFromJsonAsync<JsonElement>("/v1/activities", _ct)).EnumerateArray()];

    private async Task<JsonElement> StatsWeekAsync(TestUser user) =>
        (await user.Client.GetFromJsonAsync<JsonElement>("/v1/stats", _ct)).GetProperty("weeklyVolume").EnumerateArray()
        .Single(w => w.GetProperty("weekStart").GetString() == Monday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));

    private async Task ShouldRefuseAsync(TestUser user, object activity, string field)
    {
        var response = await user.Client.PostAsJsonAsync("/v1/activities", activity, _ct);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("errors").TryGetProperty(field, out _)
            .ShouldBeTrue($"no error for {field}");
    }

    /// <summary>Waits for the outbox to bring the events to Gamification: counters hold the values, or the test fails after 15 s.</summary>
    private async Task CountersSettleAsync(TestUser user, params (string Key, long Value)[] expected)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var actual = new List<(string, long)>();
            foreach (var (key, _) in expected)
            {
                actual.Add((key, await app.CounterAsync(user.Id, key)));
            }

            if (actual.SequenceEqual(expected))
            {
                return;
            }

            DateTime.UtcNow.ShouldBeLessThan(deadline, $"counters are {string.Join(", ", actual)}");
            await Task.Delay(100, _ct);
        }
    }
}
