using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using CaliFlow.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Shouldly;

namespace CaliFlow.IntegrationTests.Users;

/// <summary>
/// Failed sign-ins slow down the client that makes them, per address typed, with growing waits: never a lock the account's
/// owner runs into from elsewhere, the same answers for addresses with and without an account, and parallel guesses counted
/// one by one.
/// </summary>
public sealed class SignInThrottleTests : IAsyncLifetime
{
    private const string Wrong = "Wr0ng-password";
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly CaliFlowApp _app;

    public SignInThrottleTests()
    {
        var proxy = new IPAddress([127, .. RandomNumberGenerator.GetBytes(3)]);
        // Behind a trusted proxy, so each test request can come from a client of its choosing (X-Forwarded-For).
        _app = new CaliFlowApp(
            settings: new Dictionary<string, string?> { ["ForwardedHeaders:KnownProxies:0"] = proxy.ToString() },
            services: s => s.AddSingleton<TimeProvider>(_clock),
            clientAddress: proxy);
    }

    public ValueTask InitializeAsync() => _app.InitializeAsync();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private static string NewClient() => $"198.51.100.{RandomNumberGenerator.GetInt32(1, 255)}";

    private async Task<HttpResponseMessage> SignInAsync(string email, string password, string client)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/auth/login") { Content = JsonContent.Create(new { email, password }) };
        request.Headers.Add("X-Forwarded-For", client);
        return await _app.CreateClient().SendAsync(request, _ct);
    }

    private static async Task<string?> CodeOf(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.TryGetProperty("code", out var code) ? code.GetString() : null;

    [Fact]
    public async Task Five_failures_make_this_client_wait_while_the_owner_signs_in_from_elsewhere()
    {
        var user = await _app.CreateUserAsync();
        var guesser = NewClient();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            (await SignInAsync(user.Email, Wrong, guesser)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        var held = await SignInAsync(user.Email, user.Password, guesser);
        held.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests, "even the right password waits, so the wait cannot be probed");
        (await CodeOf(held)).ShouldBe("sign_in_throttled");
        held.Headers.RetryAfter!.Delta!.Value.ShouldBe(TimeSpan.FromSeconds(30));

        (await SignInAsync(user.Email, user.Password, "203.0.113.9")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Waits_grow_with_each_further_failure_and_a_success_clears_them()
    {
        var user = await _app.CreateUserAsync();
        var client = NewClient();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            await SignInAsync(user.Email, Wrong, client);
        }

        _clock.Advance(TimeSpan.FromSeconds(31));
        (await SignInAsync(user.Email, Wrong, client)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await SignInAsync(user.Email, Wrong, client)).Headers.RetryAfter!.Delta!.Value.ShouldBe(TimeSpan.FromMinutes(1));

        _clock.Advance(TimeSpan.FromSeconds(61));
        (await SignInAsync(user.Email, user.Password, client)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await SignInAsync(user.Email, Wrong, client)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized, "a success starts the count again");
        (await _app.ScalarAsync<int>("SELECT failures FROM users.sign_in_throttles WHERE email = $1", user.Email)).ShouldBe(1);
    }

    [Fact]
    public async Task An_address_without_an_account_gets_the_same_answers()
    {
        var user = await _app.CreateUserAsync();
        var nobody = $"nobody-{Guid.NewGuid():N}@califlow.test";
        var client = NewClient();

        var known = new List<(HttpStatusCode, string?)>();
        var unknown = new List<(HttpStatusCode, string?)>();
        for (var attempt = 1; attempt <= 7; attempt++)
        {
            var a = await SignInAsync(user.Email, Wrong, client);
            known.Add((a.StatusCode, await CodeOf(a)));
            var b = await SignInAsync(nobody, Wrong, client);
            unknown.Add((b.StatusCode, await CodeOf(b)));
        }

        unknown.ShouldBe(known);
        known[^1].ShouldBe((HttpStatusCode.TooManyRequests, "sign_in_throttled"));
    }

    [Fact]
    public async Task Parallel_guesses_are_counted_one_by_one()
    {
        var user = await _app.CreateUserAsync();
        var client = NewClient();

        var answers = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => SignInAsync(user.Email, Wrong, client)));

        answers.Count(a => a.StatusCode == HttpStatusCode.Unauthorized).ShouldBe(5);
        answers.Count(a => a.StatusCode == HttpStatusCode.TooManyRequests).ShouldBe(11);
    }
}
