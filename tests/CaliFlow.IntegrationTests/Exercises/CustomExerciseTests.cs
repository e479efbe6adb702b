using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaliFlow.IntegrationTests.Gamification;
using CaliFlow.IntegrationTests.Infrastructure;
using CaliFlow.Modules.Progress.Contracts;
using Shouldly;

namespace CaliFlow.IntegrationTests.Exercises;

/// <summary>Exercises of a user's own: made once per id, logged by slug like the library's, seen and logged by their owner only.</summary>
public sealed class CustomExerciseTests(CaliFlowApp app)
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_users_own_exercise_is_logged_like_a_library_one_and_stays_theirs()
    {
        var user = await app.CreateUserAsync();
        var id = Guid.CreateVersion7();
        var body = new { id, name = "Typewriter Pull-up", pattern = "vertical-pull", unit = "reps" };
        var created = await user.Client.PostAsJsonAsync("/v1/me/exercises", body, _ct);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync(_ct));
        var exercise = await created.Content.ReadFromJsonAsync<JsonElement>(_ct);
        exercise.GetProperty("slug").GetString().ShouldBe("my-typewriter-pull-up");
        // The pattern's usual share: most vertical pulls move nearly the whole body.
        exercise.GetProperty("bodyweightFraction").GetDecimal().ShouldBeInRange(0.8m, 1m);

        // Sent again (a retry), it is the same exercise; the same name with another id gets its own slug.
        (await user.Client.PostAsJsonAsync("/v1/me/exercises", body, _ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var twin = await (await user.Client.PostAsJsonAsync("/v1/me/exercises", body with { id = Guid.CreateVersion7() }, _ct))
            .Content.ReadFromJsonAsync<JsonElement>(_ct);
        twin.GetProperty("slug").GetString().ShouldStartWith("my-typewriter-pull-up-");
        (await user.Client.GetFromJsonAsync<JsonElement>("/v1/me/exercises", _ct)).GetArrayLength().ShouldBe(2);

        var logId = Guid.CreateVersion7();
        var logged = await user.Client.PostAsJsonAsync("/v1/workout-logs", new
        {
            id = logId,
            performedOn = DateOnly.FromDateTime(DateTime.UtcNow),
            exercises = new object[]
            {
                new { exercise = "my-typewriter-pull-up", sets = new[] { new { reps = 4 }, new { reps = 3 } } },
                new { exercise = "pull-up", sets = new[] { new { reps = 8 } } },
            },
        }, _ct);
        logged.StatusCode.ShouldBe(HttpStatusCode.Created, await logged.Content.ReadAsStringAsync(_ct));
        var log = await user.Client.GetFromJsonAsync<JsonElement>($"/v1/workout-logs/{logId}", _ct);
        var first = log.GetProperty("exercises")[0];
        first.GetProperty("exerciseId").GetGuid().ShouldBe(id);
        first.GetProperty("pattern").GetString().ShouldBe("vertical-pull");
        (await user.Client.GetFromJsonAsync<JsonElement>("/v1/stats", _ct)).GetProperty("reps").GetInt32().ShouldBe(15);

        // Another user sees none of it, cannot log it, and cannot take its id.
        var other = await app.CreateUserAsync();
        (await other.Client.GetFromJsonAsync<JsonElement>("/v1/me/exercises", _ct)).GetArrayLength().ShouldBe(0);
        var refused = await other.Client.PostAsJsonAsync("/v1/workout-logs", new
        {
            id = Guid.CreateVersion7(),
            performedOn = DateOnly.FromDateTime(DateTime.UtcNow),
            exercises = new[] { new { exercise = id.ToString(), sets = new[] { new { reps = 4 } } } },
        }, _ct);
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await other.Client.PostAsJsonAsync("/v1/me/exercises", body, _ct)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        // The library itself does not list it.
        (await other.Client.GetAsync("/v1/exercises/my-typewriter-pull-up", _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_bad_exercise_answers_400_with_the_field()
    {
        var user = await app.CreateUserAsync();
        await ShouldRefuseAsync(user, new { name = "Thing", pattern = "no-such-pattern", unit = "reps" }, "pattern");
        await ShouldRefuseAsync(user, new { name = "", pattern = "squat", unit = "reps" }, "name");
        await ShouldRefuseAsync(user, new { name = "Thing", pattern = "squat", unit = "reps", bodyweightFraction = 2 }, "bodyweightFraction");
        await ShouldRefuseAsync(user, new { name = "Thing", pattern = "squat" }, "unit");
        // A library exercise's id is public: a custom exercise under it would pass for it in logs and achievements.
        var pullUp = (await user.Client.GetFromJsonAsync<JsonElement>("/v1/exercises/pull-up", _ct)).GetProperty("id").GetGuid();
        (await user.Client.PostAsJsonAsync("/v1/me/exercises", new { id = pullUp, name = "Thing", pattern = "squat", unit = "reps" }, _ct))
            .StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await user.Client.GetFromJsonAsync<JsonElement>("/v1/me/exercises", _ct)).GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task An_imports_names_that_make_the_same_slug_are_all_made_once_each()
    {
        var user = await app.CreateUserAsync();
        var requested = new CustomExercisesRequestedIntegrationEvent(user.Id, Guid.CreateVersion7(),
        [
            new RequestedCustomExercise(Guid.CreateVersion7(), "Pull Up", "vertical-pull", "reps", null),
            new RequestedCustomExercise(Guid.CreateVersion7(), "pull-up", "vertical-pull", "reps", null),
            new RequestedCustomExercise(Guid.CreateVersion7(), "L-Sit Hold", "hip-flexion-compression", "hold-seconds", null),
        ]);
        var eventId = Guid.CreateVersion7();
        await app.DeliverAsync(requested, eventId);
        await app.DeliverAsync(requested, eventId); // redelivered: nothing twice

        var mine = (await user.Client.GetFromJsonAsync<JsonElement>("/v1/me/exercises", _ct)).EnumerateArray().ToList();
        mine.Select(e => e.GetProperty("id").GetGuid()).ShouldBe(requested.Exercises.Select(e => e.Id), ignoreOrder: true);
        mine.Select(e => e.GetProperty("slug").GetString()).Distinct().Count().ShouldBe(3);
        mine.Single(e => e.GetProperty("name").GetString() == "L-Sit Hold").GetProperty("unit").GetString().ShouldBe("hold-seconds");
    }

    private async Task ShouldRefuseAsync(TestUser user, object body, string field)
    {
        var response = await user.Client.PostAsJsonAsync("/v1/me/exercises", body, _ct);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync(_ct));
        (await response.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(field);
    }
}
