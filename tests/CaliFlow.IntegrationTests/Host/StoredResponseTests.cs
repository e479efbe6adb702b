using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CaliFlow.IntegrationTests.Infrastructure;
using CaliFlow.Modules.Exercises.Features.ListExercises;
using CaliFlow.Modules.Exercises.Library;
using CaliFlow.Modules.Programming.Sessions;
using CaliFlow.Modules.Progress.Stats;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Shouldly;

namespace CaliFlow.IntegrationTests.Host;

/// <summary>
/// Cached reads send bytes encoded once (today's workout from Redis, library answers per revision). Those bytes must be
/// exactly what the host's JSON result would write for the same value, on the first read and on every hit after it.
/// </summary>
public sealed class StoredResponseTests(CaliFlowApp app)
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Todays_workout_is_sent_as_the_json_result_of_its_value_on_a_miss_and_on_a_hit()
    {
        var user = await app.CreateUserAsync();
        (await user.Client.PostAsJsonAsync("/v1/plans", new { }, _ct)).EnsureSuccessStatusCode();

        var miss = await BodyAsync(user.Client, "/v1/workouts/today");
        var hit = await BodyAsync(user.Client, "/v1/workouts/today");

        hit.ShouldBe(miss);
        hit.ShouldBe(AsJsonResult<TodayWorkoutResponse>(hit));
        JsonDocument.Parse(hit).RootElement.GetProperty("session").GetProperty("exercises").GetArrayLength().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Stats_are_sent_as_the_json_result_of_their_value_on_a_miss_and_on_a_hit()
    {
        var user = await app.CreateUserAsync();

        var miss = await BodyAsync(user.Client, "/v1/stats");
        var hit = await BodyAsync(user.Client, "/v1/stats");

        hit.ShouldBe(miss);
        hit.ShouldBe(AsJsonResult<StatsResponse>(hit));
        JsonDocument.Parse(hit).RootElement.GetProperty("weeklyVolume").GetArrayLength().ShouldBe(12);
    }

    [Theory]
    [InlineData("/v1/exercises")]
    [InlineData("/v1/exercises?pattern=vertical-pull&limit=5")]
    [InlineData("/v1/exercises?q=push")]
    public async Task Library_pages_are_sent_as_the_json_result_of_their_value_every_time(string path)
    {
        var user = await app.CreateUserAsync();

        var first = await BodyAsync(user.Client, path);
        var again = await BodyAsync(user.Client, path);

        again.ShouldBe(first);
        again.ShouldBe(AsJsonResult<ExercisePage>(again));
        JsonDocument.Parse(again).RootElement.GetProperty("items").GetArrayLength().ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task An_exercise_is_the_same_bytes_by_id_and_by_slug_with_one_etag()
    {
        var user = await app.CreateUserAsync();
        var bySlug = await user.Client.GetAsync("/v1/exercises/pull-up", _ct);
        var body = await bySlug.Content.ReadAsByteArrayAsync(_ct);
        var id = JsonDocument.Parse(body).RootElement.GetProperty("id").GetGuid();

        var byId = await user.Client.GetAsync($"/v1/exercises/{id}", _ct);

        (await byId.Content.ReadAsByteArrayAsync(_ct)).ShouldBe(body);
        body.ShouldBe(AsJsonResult<ExerciseDetails>(body));
        byId.Headers.ETag.ShouldBe(bySlug.Headers.ETag);
        using var revalidate = new HttpRequestMessage(HttpMethod.Get, $"/v1/exercises/{id}");
        revalidate.Headers.IfNoneMatch.Add(bySlug.Headers.ETag!);
        (await user.Client.SendAsync(revalidate, _ct)).StatusCode.ShouldBe(HttpStatusCode.NotModified);
    }

    private async Task<byte[]> BodyAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path, _ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType.ShouldBe(MediaTypeHeaderValue.Parse("application/json; charset=utf-8"));
        var body = await response.Content.ReadAsByteArrayAsync(_ct);
        response.Content.Headers.ContentLength.ShouldBe(body.Length);
        return body;
    }

    /// <summary>What <c>TypedResults.Ok(value)</c> writes for the value these bytes hold, with the host's JSON options.</summary>
    private byte[] AsJsonResult<T>(byte[] body)
    {
        var options = app.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        return JsonSerializer.SerializeToUtf8Bytes(JsonSerializer.Deserialize<T>(body, options), options);
    }
}
