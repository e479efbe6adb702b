using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CaliFlow.IntegrationTests.Infrastructure;
using Shouldly;

namespace CaliFlow.IntegrationTests.Contract;

/// <summary>The JSON the API reads is the JSON its document describes: numbers are numbers, optional fields may be left out.</summary>
public sealed class JsonContractTests(CaliFlowApp app)
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    [Fact]
    public async Task A_number_sent_as_a_string_is_a_400_naming_the_field_and_nothing_is_written()
    {
        var user = await app.CreateUserAsync();
        var id = Guid.CreateVersion7();

        using var response = await user.Client.PostAsync("/v1/workout-logs", Json(
            $$"""{"id":"{{id}}","performedOn":"{{DateOnly.FromDateTime(DateTime.UtcNow):yyyy-MM-dd}}","durationMinutes":"45","exercises":[{"exercise":"push-up","sets":[{"reps":5}]}]}"""), _ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync(_ct));
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(_ct);
        problem.GetProperty("errors").TryGetProperty("durationMinutes", out _).ShouldBeTrue(problem.ToString());
        (await app.ScalarAsync<long>("SELECT count(*) FROM progress.workout_logs WHERE id = $1", id)).ShouldBe(0);
    }

    [Fact]
    public async Task Optional_fields_may_be_left_out_of_a_request()
    {
        var user = await app.CreateUserAsync();

        // No sessionId, durationMinutes, feeling, notes or bodyWeightKg, and no optional set fields (rpe, weights).
        using var response = await user.Client.PostAsync("/v1/workout-logs", Json(
            $$"""{"id":"{{Guid.CreateVersion7()}}","performedOn":"{{DateOnly.FromDateTime(DateTime.UtcNow):yyyy-MM-dd}}","exercises":[{"exercise":"push-up","sets":[{"reps":5}]}]}"""), _ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(_ct));
    }
}
