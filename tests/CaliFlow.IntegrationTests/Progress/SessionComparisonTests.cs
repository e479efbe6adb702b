using System.Net;
using System.Net.Http.Json;
using CaliFlow.IntegrationTests.Infrastructure;
using CaliFlow.IntegrationTests.Programming;
using Shouldly;

namespace CaliFlow.IntegrationTests.Progress;

public sealed record ExerciseComparisonOut(Guid ExerciseId, string Pattern, bool Prescribed, int PrescribedSets, int DoneSets, int PrescribedWork, int DoneWork, decimal AdherencePercent);

public sealed record SessionComparisonOut(Guid SessionId, Guid? WorkoutLogId, decimal AdherencePercent, ExerciseComparisonOut[] Exercises, Dictionary<string, decimal> VolumeKgByPattern);

public sealed class SessionComparisonTests(CaliFlowApp app)
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Prescription_and_actual_are_compared_per_exercise_with_adherence_and_volume()
    {
        var user = await app.CreateUserAsync();
        (await user.Client.PatchAsJsonAsync("/me/profile", new { weightKg = 70 }, _ct)).EnsureSuccessStatusCode();
        var plan = (await (await user.Client.PostAsJsonAsync("/plans", new { }, _ct)).Content.ReadFromJsonAsync<Plan>(_ct))!;
        var session = (await user.Client.GetFromJsonAsync<Session>($"/sessions/{plan.Sessions[0].Id}", _ct))!;
        var (full, half, missed) = (session.Exercises[0], session.Exercises[1], session.Exercises[2]);

        static object Sets(SessionExercise e, int divisor) => e.Sets
            .Select(s => s.Reps is { } reps ? (object)new { reps = reps / divisor, rpe = 8 } : new { holdSeconds = s.HoldSeconds!.Value / divisor, rpe = 8 })
            .ToArray();

        var extra = session.Exercises.All(e => e.Slug != "jumping-jack") ? "jumping-jack" : "burpee";
        var logged = await user.Client.PostAsJsonAsync("/workout-logs", new
        {
            id = Guid.CreateVersion7(),
            sessionId = session.Id,
            performedOn = session.Date,
            exercises = new object[]
            {
                new { exercise = full.Slug, sets = Sets(full, 1) },
                new { exercise = half.Slug, sets = Sets(half, 2) },
                new { exercise = extra, sets = new object[] { new { reps = 20 } } },
            },
        }, _ct);
        logged.StatusCode.ShouldBe(HttpStatusCode.Created, await logged.Content.ReadAsStringAsync(_ct));

        var comparison = (await user.Client.GetFromJsonAsync<SessionComparisonOut>($"/sessions/{session.Id}/comparison", _ct))!;

        var rows = comparison.Exercises.ToDictionary(e => e.ExerciseId);
        rows[full.ExerciseId].AdherencePercent.ShouldBe(100m);
        rows[full.ExerciseId].DoneSets.ShouldBe(full.Sets.Length);
        rows[half.ExerciseId].AdherencePercent.ShouldBeInRange(40m, 50m); // odd counts round down when halved
        rows[missed.ExerciseId].AdherencePercent.ShouldBe(0m);
        rows[missed.ExerciseId].DoneSets.ShouldBe(0);
        comparison.Exercises.Single(e => !e.Prescribed).DoneWork.ShouldBe(20);
        comparison.AdherencePercent.ShouldBe(Math.Round(comparison.Exercises.Where(e => e.Prescribed).Average(e => e.AdherencePercent), 1));
        comparison.AdherencePercent.ShouldBeLessThan(50m);
        comparison.VolumeKgByPattern.Keys.ShouldContain(full.Pattern);
        comparison.VolumeKgByPattern.Values.ShouldAllBe(v => v >= 0m);

        var stranger = await app.CreateUserAsync();
        (await stranger.Client.GetAsync($"/sessions/{session.Id}/comparison", _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
