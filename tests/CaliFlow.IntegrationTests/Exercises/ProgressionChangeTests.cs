using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaliFlow.IntegrationTests.Infrastructure;
using Shouldly;

namespace CaliFlow.IntegrationTests.Exercises;

/// <summary>
/// Changing and retiring one of the seed's progressions is seen by readers at once. An app for each test: both change the
/// incline-one-arm-push-up → one-arm-push-up edge, whose seed rule other tests check.
/// </summary>
public sealed class ProgressionChangeTests : IAsyncLifetime
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private readonly CaliFlowApp _app = new();
    private TestUser _admin = null!;

    public async ValueTask InitializeAsync()
    {
        await _app.InitializeAsync();
        _admin = await _app.CreateAdminAsync();
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private Task<Edge> EdgeAsync(string from, string to) => LibraryAdminTests.EdgeAsync(_admin, from, to, _ct);

    private static object Rule(int reps = 8) => LibraryAdminTests.Rule(reps);

    [Fact]
    public async Task An_admin_changes_an_unlock_rule_and_readers_see_the_new_rule_at_once()
    {
        // Read first, so the change has a cached library to replace.
        var edge = await EdgeAsync("incline-one-arm-push-up", "one-arm-push-up");
        edge.Rule.ShouldBe(new Rule(3, 8, null, 8, 2, 14));

        var response = await _admin.Client.PutAsJsonAsync(
            $"/v1/progressions/{edge.Id}", new { rule = new { sets = 5, reps = 3, maxRpe = 9, sessions = 3, withinDays = 21 } }, _ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadFromJsonAsync<Edge>(_ct))
            .ShouldBe(new Edge(edge.Id, "incline-one-arm-push-up", "one-arm-push-up", new Rule(5, 3, null, 9, 3, 21)));
        (await EdgeAsync("incline-one-arm-push-up", "one-arm-push-up")).Rule.ShouldBe(new Rule(5, 3, null, 9, 3, 21));
        var path = (await _admin.Client.GetFromJsonAsync<PathResponse>("/v1/progressions/path?from=archer-push-up&to=one-arm-push-up", _ct))!;
        path.Edges.Select(e => (e.From, e.To, e.Rule)).ShouldBe(
        [
            ("archer-push-up", "incline-one-arm-push-up", new Rule(3, 8, null, 8, 2, 14)),
            ("incline-one-arm-push-up", "one-arm-push-up", new Rule(5, 3, null, 9, 3, 21)),
        ]);
    }


    [Fact]
    public async Task A_retired_progression_leaves_the_graph_at_once_and_adding_it_again_brings_it_back()
    {
        // incline-one-arm-push-up → one-arm-push-up is the only way into the one-arm push-up.
        var edge = await EdgeAsync("incline-one-arm-push-up", "one-arm-push-up");
        (await _admin.Client.GetAsync("/v1/progressions/path?from=push-up&to=one-arm-push-up", _ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await _admin.Client.PostAsync($"/v1/progressions/{edge.Id}/retire", null, _ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var chain = (await _admin.Client.GetFromJsonAsync<Chain>("/v1/exercises/one-arm-push-up/progressions", _ct))!;
        chain.Easier.ShouldBeEmpty();
        chain.Edges.ShouldBeEmpty();
        var path = await _admin.Client.GetAsync("/v1/progressions/path?from=push-up&to=one-arm-push-up", _ct);
        path.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await path.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("code").GetString().ShouldBe("no_progression_path");

        var again = await _admin.Client.PostAsJsonAsync(
            "/v1/progressions", new { from = "incline-one-arm-push-up", to = "one-arm-push-up", rule = Rule(6) }, _ct);
        again.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await again.Content.ReadFromJsonAsync<Edge>(_ct))!.Id.ShouldBe(edge.Id);
        (await EdgeAsync("incline-one-arm-push-up", "one-arm-push-up")).Rule.ShouldBe(new Rule(3, 6, null, 8, 2, 14));
    }
}
