using System.Net;
using System.Net.Http.Json;
using CaliFlow.IntegrationTests.Infrastructure;
using Shouldly;

namespace CaliFlow.IntegrationTests.Progress;

public sealed record ExerciseComparisonOut(Guid ExerciseId, string Pattern, bool Prescribed, int PrescribedSets, int DoneSets, int PrescribedWork, int DoneWork, decimal AdherencePercent, string? Change = null, Guid? DoneAsExerciseId = null, string? Reason = null);

public sealed record SessionComparisonOut(Guid SessionId, Guid? WorkoutLogId, decimal AdherencePercent, ExerciseComparisonOut[] Exercises, Dictionary<string, decimal> VolumeKgByPattern);

public sealed class SessionComparisonTests(CaliFlowApp app)
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Prescription_and_actual_are_compared_per_exercise_with_adherence_and_volume()
    {
        var (user, session) = await BeginnerSession.CreateAsync(app, _ct);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        // The premise of the sums below: what this profile's first session prescribes (work = reps, or seconds for holds).
        session.Exercises.Select(e => (e.Slug, e.Sets.Sum(s => s.Reps ?? s.HoldSeconds ?? 0))).ShouldBe(
        [
            ("incline-push-up", 18), ("bodyweight-good-morning", 18), ("doorframe-row", 18), ("bodyweight-squat", 18), ("plank", 60),
            ("bird-dog", 27), ("bridge", 60),
        ]);

        var logged = await user.Client.PostAsJsonAsync("/v1/workout-logs", new
        {
            id = Guid.CreateVersion7(),
            sessionId = session.Id,
            performedOn = today,
            exercises = new object[]
            {
                new { exercise = "incline-push-up", sets = new[] { new { reps = 6 }, new { reps = 6 }, new { reps = 6 } } },
                new { exercise = "doorframe-row", sets = new[] { new { reps = 6 }, new { reps = 5 }, new { reps = 4 } } },
                new { exercise = "bodyweight-squat", sets = new[] { new { reps = 10 }, new { reps = 10 }, new { reps = 10 } } },
                new { exercise = "plank", sets = new[] { new { holdSeconds = 20 }, new { holdSeconds = 15 } } },
                new { exercise = "jumping-jack", sets = new[] { new { reps = 20 } } },
            },
        }, _ct);
        logged.StatusCode.ShouldBe(HttpStatusCode.Created, await logged.Content.ReadAsStringAsync(_ct));

        var comparison = (await user.Client.GetFromJsonAsync<SessionComparisonOut>($"/v1/sessions/{session.Id}/comparison", _ct))!;

        var slugs = session.Exercises.ToDictionary(e => e.ExerciseId, e => e.Slug);
        comparison.Exercises.Where(e => e.Prescribed).Select(e => (slugs[e.ExerciseId], e.DoneSets, e.DoneWork, e.AdherencePercent)).ShouldBe(
        [
            ("incline-push-up", 3, 18, 100m), // 18 of 18
            ("bodyweight-good-morning", 0, 0, 0m),
            ("doorframe-row", 3, 15, 83.3m), // 15 / 18 = 83.33 %
            ("bodyweight-squat", 3, 30, 100m), // 30 / 18 = 166.7 %, capped at 100
            ("plank", 2, 35, 58.3m), // 35 s / 60 s = 58.33 %
            ("bird-dog", 0, 0, 0m),
            ("bridge", 0, 0, 0m),
        ]);
        var extra = comparison.Exercises.Single(e => !e.Prescribed);
        (extra.DoneWork, extra.AdherencePercent).ShouldBe((20, 0m));
        comparison.AdherencePercent.ShouldBe(48.8m); // (100 + 0 + 83.3 + 100 + 58.3 + 0 + 0) / 7 = 341.6 / 7, the extra not counted
        // Load × work at 70 kg with the seed's fractions.
        comparison.VolumeKgByPattern.ShouldBe(new Dictionary<string, decimal>
        {
            ["horizontal-push"] = 567m, // 70 × 0.45 = 31.5 kg × 18
            ["horizontal-pull"] = 315m, // 70 × 0.3 = 21 kg × 15
            ["squat"] = 1785m, // 70 × 0.85 = 59.5 kg × 30
            ["core-anti-extension"] = 1592.5m, // 70 × 0.65 = 45.5 kg × 35 s
            ["plyometric-conditioning"] = 700m, // 70 × 0.5 = 35 kg × 20
        }, ignoreOrder: true);

        var stranger = await app.CreateUserAsync();
        (await stranger.Client.GetAsync($"/v1/sessions/{session.Id}/comparison", _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
