using System.Net;
using System.Net.Http.Json;
using CaliFlow.BuildingBlocks.Persistence;
using CaliFlow.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using StackExchange.Redis;

namespace CaliFlow.IntegrationTests.Exercises;

/// <summary>The library is seeded idempotently, cached in Redis by revision, and answers conditional requests with 304.</summary>
public sealed class LibraryCacheAndSeedTests : IAsyncLifetime
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private readonly CaliFlowApp _app = new();

    public ValueTask InitializeAsync() => _app.InitializeAsync();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task Seeding_again_changes_nothing_and_a_new_seed_upserts_by_slug_without_duplicates()
    {
        var counts = await Counts();
        var revision = await Revision();
        counts.Exercises.ShouldBeGreaterThanOrEqualTo(150);

        await Seed();
        (await Counts()).ShouldBe(counts);
        (await Revision()).ShouldBe(revision, "the same content is not loaded twice");

        // An edited row and a forgotten seed record: the next start reloads the shipped content over it, by slug.
        await _app.ExecuteAsync("UPDATE exercises.exercises SET name = 'Renamed', difficulty = 1 WHERE slug = 'push-up'");
        await _app.ExecuteAsync("DELETE FROM exercises.library_seeds");
        await Seed();

        (await Counts()).ShouldBe(counts);
        (await _app.ScalarAsync<string>("SELECT name FROM exercises.exercises WHERE slug = 'push-up'")).ShouldBe("Push-up");
        (await _app.ScalarAsync<int>("SELECT difficulty FROM exercises.exercises WHERE slug = 'push-up'")).ShouldBe(3);
        (await Revision()).ShouldNotBe(revision);
    }

    [Fact]
    public async Task An_edge_the_seed_lists_as_retired_is_retired_in_a_database_that_still_has_it()
    {
        // A database seeded before the freestanding handstand stopped unlocking the handstand push-up directly.
        var admin = await _app.CreateAdminAsync();
        (await admin.Client.PostAsJsonAsync(
                "/v1/progressions",
                new { from = "freestanding-handstand", to = "handstand-push-up", rule = new { sets = 3, holdSeconds = 30, maxRpe = 8, sessions = 2, withinDays = 14 } },
                _ct))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        const string RetiredAt = """
            SELECT p.retired_at IS NOT NULL FROM exercises.progressions p
            JOIN exercises.exercises f ON f.id = p.from_exercise_id JOIN exercises.exercises t ON t.id = p.to_exercise_id
            WHERE f.slug = 'freestanding-handstand' AND t.slug = 'handstand-push-up'
            """;
        (await _app.ScalarAsync<bool>(RetiredAt)).ShouldBeFalse();

        await _app.ExecuteAsync("DELETE FROM exercises.library_seeds");
        await Seed();

        (await _app.ScalarAsync<bool>(RetiredAt)).ShouldBeTrue();
        var chain = (await admin.Client.GetFromJsonAsync<Chain>("/v1/exercises/handstand-push-up/progressions", _ct))!;
        chain.Edges.ShouldNotContain(e => e.From == "freestanding-handstand");
        chain.Edges.ShouldContain(e => e.From == "wall-handstand-push-up" && e.To == "handstand-push-up");
    }

    [Fact]
    public async Task Reads_fill_the_redis_cache_for_the_current_revision_and_a_change_moves_readers_to_a_new_one()
    {
        var admin = await _app.CreateAdminAsync();
        await using var redis = await ConnectionMultiplexer.ConnectAsync(_app.Redis);

        (await admin.Client.GetAsync("/v1/exercises/pike-push-up", _ct)).EnsureSuccessStatusCode();
        var first = await Revision();
        await Eventually(() => redis.GetDatabase().KeyExistsAsync($"califlow:exercises:library:{first}"));

        // Served from the cache: a change made behind the API's back (no revision bump) is not seen...
        await _app.ExecuteAsync("UPDATE exercises.exercises SET name = 'Sneaky edit' WHERE slug = 'pike-push-up'");
        (await admin.Client.GetFromJsonAsync<ExerciseDetails>("/v1/exercises/pike-push-up", _ct))!.Name.ShouldNotBe("Sneaky edit");

        // ...while a change through the API moves every reader to a new revision at once.
        var pike = (await admin.Client.GetFromJsonAsync<ExerciseDetails>("/v1/exercises/pike-push-up", _ct))!;
        (await admin.Client.PostAsJsonAsync(
                "/v1/progressions",
                new { from = "pike-push-up", to = "freestanding-handstand", rule = new { sets = 3, reps = 10, maxRpe = 8, sessions = 2, withinDays = 14 } },
                _ct))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        var second = await Revision();
        second.ShouldNotBe(first);

        var chain = (await admin.Client.GetFromJsonAsync<Chain>($"/v1/exercises/{pike.Id}/progressions", _ct))!;
        chain.Edges.ShouldContain(e => e.From == "pike-push-up" && e.To == "freestanding-handstand");
        chain.Exercise.Name.ShouldBe("Sneaky edit", "the new snapshot is read from the database");
        await Eventually(() => redis.GetDatabase().KeyExistsAsync($"califlow:exercises:library:{second}"));
    }

    [Fact]
    public async Task A_matching_if_none_match_is_a_304_without_a_body()
    {
        var user = await _app.CreateUserAsync();
        var first = await user.Client.GetAsync("/v1/exercises?pattern=dip", _ct);
        var etag = first.Headers.ETag!.Tag;

        using var again = new HttpRequestMessage(HttpMethod.Get, "/v1/exercises?pattern=dip");
        again.Headers.TryAddWithoutValidation("If-None-Match", $"\"other\", W/{etag}");
        var notModified = await user.Client.SendAsync(again, _ct);

        notModified.StatusCode.ShouldBe(HttpStatusCode.NotModified);
        notModified.Headers.ETag!.Tag.ShouldBe(etag);
        (await notModified.Content.ReadAsByteArrayAsync(_ct)).ShouldBeEmpty();

        using var otherQuery = new HttpRequestMessage(HttpMethod.Get, "/v1/exercises?pattern=squat");
        otherQuery.Headers.TryAddWithoutValidation("If-None-Match", etag);
        (await user.Client.SendAsync(otherQuery, _ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private async Task Seed()
    {
        await using var scope = _app.Services.CreateAsyncScope();
        foreach (var seeder in scope.ServiceProvider.GetServices<IReferenceDataSeeder>())
        {
            await seeder.SeedAsync(_ct);
        }
    }

    private Task<Guid> Revision() => _app.ScalarAsync<Guid>("SELECT revision FROM exercises.library_state");

    private async Task<(long Patterns, long Exercises, long Progressions)> Counts() => (
        await _app.ScalarAsync<long>("SELECT count(*) FROM exercises.movement_patterns"),
        await _app.ScalarAsync<long>("SELECT count(*) FROM exercises.exercises"),
        await _app.ScalarAsync<long>("SELECT count(*) FROM exercises.progressions"));

    private static async Task Eventually(Func<Task<bool>> condition)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new ShouldAssertException("The condition was not met within 5 s.");
    }
}
