using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaliFlow.IntegrationTests.Infrastructure;
using Shouldly;

namespace CaliFlow.IntegrationTests.HealthPlatforms;

/// <summary>
/// Logs served as Health Connect's ExerciseSessionRecord and HealthKit's workout: the session type, one segment per set with
/// reps and set index, inside the session and apart from each other, as the platforms require before they accept a record.
/// </summary>
public sealed class HealthPlatformShapeTests(CaliFlowApp app)
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_finished_live_workout_becomes_a_calisthenics_session_with_a_segment_per_set()
    {
        var user = await app.CreateUserAsync();
        (await user.Client.PatchAsJsonAsync("/v1/me/profile", new { timeZone = "Europe/Berlin" }, _ct)).EnsureSuccessStatusCode();
        var started = await user.Client.PostAsJsonAsync("/v1/live", new { }, _ct);
        started.StatusCode.ShouldBe(HttpStatusCode.Created);
        var liveId = (await started.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("id").GetGuid();
        var sets = new object[]
        {
            new { exercise = "pull-up", reps = 6, rpe = 8 },
            new { exercise = "pull-up", reps = 5, rpe = 9, addedWeightKg = 5 },
            new { exercise = "plank", holdSeconds = 40 },
        };
        // Set ids are made on the phone as each set is done: three, six and nine minutes in.
        for (var i = 0; i < sets.Length; i++)
        {
            var setId = Guid.CreateVersion7(DateTimeOffset.UtcNow.AddMinutes(3 * (i + 1)));
            (await user.Client.PutAsJsonAsync($"/v1/live/{liveId}/sets/{setId}", sets[i], _ct)).EnsureSuccessStatusCode();
        }

        (await user.Client.PostAsJsonAsync($"/v1/live/{liveId}/finish", new { durationMinutes = 20 }, _ct)).StatusCode.ShouldBe(HttpStatusCode.Created);

        var session = await user.Client.GetFromJsonAsync<JsonElement>($"/v1/workout-logs/{liveId}/health-connect", _ct);
        session.GetProperty("recordType").GetString().ShouldBe("ExerciseSessionRecord");
        session.GetProperty("exerciseType").GetInt32().ShouldBe(13);
        session.GetProperty("startZoneOffset").GetString().ShouldBeOneOf("+01:00", "+02:00");
        session.GetProperty("metadata").GetProperty("clientRecordId").GetString().ShouldBe($"califlow:{liveId}");
        var start = session.GetProperty("startTime").GetDateTimeOffset();
        var end = session.GetProperty("endTime").GetDateTimeOffset();
        (end - start).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMinutes(20));
        var segments = session.GetProperty("segments").EnumerateArray().ToList();
        segments.Select(s => (s.GetProperty("segmentTypeName").GetString(), s.GetProperty("repetitions").GetInt32(), s.GetProperty("setIndex").GetInt32()))
            .ShouldBe([("EXERCISE_SEGMENT_TYPE_PULL_UP", 6, 0), ("EXERCISE_SEGMENT_TYPE_PULL_UP", 5, 1), ("EXERCISE_SEGMENT_TYPE_PLANK", 0, 0)]);
        segments.Select(s => s.GetProperty("segmentType").GetInt32()).ShouldBe([42, 42, 41]);
        segments[1].GetProperty("weightKg").GetDecimal().ShouldBe(5m);
        segments[0].GetProperty("weightKg").ValueKind.ShouldBe(JsonValueKind.Null);
        var previousEnd = start;
        foreach (var segment in segments)
        {
            var segmentStart = segment.GetProperty("startTime").GetDateTimeOffset();
            var segmentEnd = segment.GetProperty("endTime").GetDateTimeOffset();
            segmentStart.ShouldBeGreaterThanOrEqualTo(previousEnd);
            segmentEnd.ShouldBeGreaterThan(segmentStart);
            segmentEnd.ShouldBeLessThanOrEqualTo(end);
            previousEnd = segmentEnd;
        }

        // Each set ends when it was done, and lasts three seconds a rep or its hold.
        (segments[1].GetProperty("endTime").GetDateTimeOffset() - start).TotalMinutes.ShouldBe(6, tolerance: 0.2);
        (segments[0].GetProperty("endTime").GetDateTimeOffset() - segments[0].GetProperty("startTime").GetDateTimeOffset())
            .ShouldBe(TimeSpan.FromSeconds(18));
        (segments[2].GetProperty("endTime").GetDateTimeOffset() - segments[2].GetProperty("startTime").GetDateTimeOffset())
            .ShouldBe(TimeSpan.FromSeconds(40));

        var workout = await user.Client.GetFromJsonAsync<JsonElement>($"/v1/workout-logs/{liveId}/healthkit", _ct);
        workout.GetProperty("workoutActivityType").GetInt32().ShouldBe(20);
        workout.GetProperty("workoutActivityTypeName").GetString().ShouldBe("functionalStrengthTraining");
        workout.GetProperty("metadata").GetProperty("HKExternalUUID").GetString().ShouldBe(liveId.ToString());
        workout.GetProperty("metadata").GetProperty("HKTimeZone").GetString().ShouldBe("Europe/Berlin");
        workout.GetProperty("duration").GetDouble().ShouldBe((end - start).TotalSeconds);
        var events = workout.GetProperty("workoutEvents").EnumerateArray().ToList();
        events.Select(e => e.GetProperty("type").GetInt32()).ShouldBe([7, 7, 7]);
        events.Select(e => e.GetProperty("metadata").GetProperty("exercise").GetString()).ShouldBe(["Pull-up", "Pull-up", "Plank"]);
        events[2].GetProperty("metadata").GetProperty("holdSeconds").GetInt32().ShouldBe(40);
    }

    [Fact]
    public async Task A_log_without_a_start_time_answers_409_and_another_users_log_404()
    {
        var user = await app.CreateUserAsync();
        var id = Guid.CreateVersion7();
        (await user.Client.PostAsJsonAsync("/v1/workout-logs", TestRequests.PushUpLog(id), _ct)).StatusCode.ShouldBe(HttpStatusCode.Created);

        var untimed = await user.Client.GetAsync($"/v1/workout-logs/{id}/health-connect", _ct);
        untimed.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await untimed.Content.ReadAsStringAsync(_ct)).ShouldContain("startedAt");
        (await user.Client.GetAsync($"/v1/workout-logs/{id}/healthkit", _ct)).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        var other = await app.CreateUserAsync();
        (await other.Client.GetAsync($"/v1/workout-logs/{id}/health-connect", _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.Client.GetAsync($"/v1/workout-logs/{id}/healthkit", _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
