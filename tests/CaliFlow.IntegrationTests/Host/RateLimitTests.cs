using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using CaliFlow.IntegrationTests.Infrastructure;
using CaliFlow.IntegrationTests.OtherApps;
using Shouldly;

namespace CaliFlow.IntegrationTests.Host;

/// <summary>
/// Limits are counted in Redis, so they hold across API instances; the client is the address the forwarded headers name only
/// when a configured proxy sent them; an IPv6 client is its /64; expensive endpoints are limited per user; every 429 says
/// when to come back.
/// </summary>
public sealed class RateLimitTests
{
    private const string Wrong = "Wr0ng-password";
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private static IPAddress NewClient() => new([127, .. RandomNumberGenerator.GetBytes(3)]);

    private static CaliFlowApp App(IPAddress? client = null, IDictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?> { ["RateLimiting:AuthPermitsPerMinute"] = "3" };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return new CaliFlowApp(settings: settings, clientAddress: client);
    }

    private async Task<HttpResponseMessage> SignInAsync(CaliFlowApp app, string? forwardedFor = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/auth/login")
        {
            Content = JsonContent.Create(new { email = "nobody@califlow.test", password = Wrong }),
        };
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }

        return await app.CreateClient().SendAsync(request, _ct);
    }

    private static void ShouldBeLimited(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter!.Delta!.Value.ShouldBeGreaterThan(TimeSpan.Zero);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task Sign_in_attempts_beyond_the_limit_get_429_with_retry_after()
    {
        await using var app = App();
        await app.InitializeAsync();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            (await SignInAsync(app)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        ShouldBeLimited(await SignInAsync(app));
        // Other endpoints are not limited by the sign-in policy.
        (await app.CreateClient().GetAsync("/health/live", _ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static (int Remaining, int Seconds) Left(HttpResponseMessage response, string policy)
    {
        var match = System.Text.RegularExpressions.Regex.Match(response.Headers.GetValues("RateLimit").Single(), $"^\"{policy}\";r=(\\d+);t=(\\d+)$");
        match.Success.ShouldBeTrue(response.Headers.GetValues("RateLimit").Single());
        return (int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Every_answer_of_a_limited_route_says_the_quota_what_is_left_and_when_it_renews()
    {
        await using var app = App();
        await app.InitializeAsync();

        var answers = new List<HttpResponseMessage>();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            answers.Add(await SignInAsync(app));
        }

        answers.ShouldAllBe(a => a.Headers.GetValues("RateLimit-Policy").Single() == "\"auth\";q=3;w=60");
        answers.Select(a => Left(a, "auth").Remaining).ShouldBe([2, 1, 0, 0]);
        answers.ShouldAllBe(a => Left(a, "auth").Seconds > 0 && Left(a, "auth").Seconds <= 60);
        ShouldBeLimited(answers[3]);
        // A route without a limit says nothing about one.
        (await app.CreateClient().GetAsync("/health/live", _ct)).Headers.Contains("RateLimit").ShouldBeFalse();
    }

    [Fact]
    public async Task An_answer_the_exception_handler_makes_on_a_limited_route_says_it_too()
    {
        await using var app = new CaliFlowApp();
        await app.InitializeAsync();
        var user = await app.CreateUserAsync();

        // A batch that fails validation: the 400 comes from the exception handler, which starts the answer afresh.
        using var invalid = await user.Client.PostAsJsonAsync("/v1/workout-logs/sync", new { logs = Array.Empty<object>() }, _ct);

        invalid.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        invalid.Headers.GetValues("RateLimit-Policy").Single().ShouldBe("\"sync\";q=120;w=3600");
        Left(invalid, "sync").Remaining.ShouldBe(119);
    }

    [Fact]
    public async Task A_limit_holds_across_instances_sharing_redis()
    {
        var client = NewClient();
        await using var first = App(client);
        await using var second = App(client, new Dictionary<string, string?> { ["ConnectionStrings:Redis"] = first.Redis });
        await first.InitializeAsync();
        await second.InitializeAsync();

        (await SignInAsync(first)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await SignInAsync(second)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await SignInAsync(first)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        ShouldBeLimited(await SignInAsync(second));
    }

    [Fact]
    public async Task Forwarded_addresses_count_only_from_a_configured_proxy()
    {
        var proxy = NewClient();
        await using var behindProxy = App(proxy, new Dictionary<string, string?> { ["ForwardedHeaders:KnownProxies:0"] = proxy.ToString() });
        await using var exposed = App();
        await behindProxy.InitializeAsync();
        await exposed.InitializeAsync();
        var prefix = $"198.18.{RandomNumberGenerator.GetInt32(256)}.";

        // Behind the proxy, four different clients each have their own budget.
        for (var client = 1; client <= 4; client++)
        {
            (await SignInAsync(behindProxy, prefix + client)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        // Without a trusted proxy, a client cannot pick a fresh bucket by writing the header itself.
        for (var client = 1; client <= 3; client++)
        {
            (await SignInAsync(exposed, prefix + client)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        ShouldBeLimited(await SignInAsync(exposed, prefix + 4));
    }

    [Fact]
    public async Task An_ipv6_client_is_its_64_prefix()
    {
        var proxy = NewClient();
        await using var app = App(proxy, new Dictionary<string, string?> { ["ForwardedHeaders:KnownProxies:0"] = proxy.ToString() });
        await app.InitializeAsync();
        var network = $"2001:db8:{RandomNumberGenerator.GetInt32(0xffff):x}:{RandomNumberGenerator.GetInt32(0xffff):x}";

        (await SignInAsync(app, $"{network}::1")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await SignInAsync(app, $"{network}::2")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await SignInAsync(app, $"{network}:aaaa:bbbb:cccc:dddd")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        ShouldBeLimited(await SignInAsync(app, $"{network}::ffff"));

        (await SignInAsync(app, $"2001:db8:ffff:{RandomNumberGenerator.GetInt32(0xffff):x}::1")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Expensive_endpoints_are_limited_per_user()
    {
        await using var app = App(extra: new Dictionary<string, string?>
        {
            ["RateLimiting:AuthPermitsPerMinute"] = "100",
            ["RateLimiting:PerUser:data-export:PermitLimit"] = "2",
        });
        await app.InitializeAsync();
        var user = await app.CreateUserAsync();
        var other = await app.CreateUserAsync();

        (await user.Client.GetAsync("/v1/me/export", _ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await user.Client.GetAsync("/v1/me/export", _ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var limited = await user.Client.GetAsync("/v1/me/export", _ct);

        ShouldBeLimited(limited);
        limited.Headers.RetryAfter!.Delta!.Value.ShouldBeLessThanOrEqualTo(TimeSpan.FromHours(1));
        (await other.Client.GetAsync("/v1/me/export", _ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Every_request_made_with_a_personal_access_token_counts_against_that_token()
    {
        await using var app = App(extra: new Dictionary<string, string?>
        {
            ["RateLimiting:AuthPermitsPerMinute"] = "100",
            ["RateLimiting:PerToken:PermitLimit"] = "3",
        });
        await app.InitializeAsync();
        var user = await app.CreateUserAsync();
        var token = app.Authorized((await user.CreateTokenAsync("logs:read", "library:read")).Token);
        var second = app.Authorized((await user.CreateTokenAsync("logs:read")).Token);

        (await token.GetAsync("/v1/stats", _ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await token.GetAsync("/v1/exercises", _ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await token.GetAsync("/v1/workout-logs", _ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        ShouldBeLimited(await token.GetAsync("/v1/stats", _ct));
        (await second.GetAsync("/v1/stats", _ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await user.Client.GetAsync("/v1/stats", _ct)).StatusCode.ShouldBe(HttpStatusCode.OK); // the app itself is not a token
    }
}
