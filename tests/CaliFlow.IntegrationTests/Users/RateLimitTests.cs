using System.Net;
using System.Net.Http.Json;
using CaliFlow.IntegrationTests.Infrastructure;
using Shouldly;

namespace CaliFlow.IntegrationTests.Users;

public sealed class RateLimitTests : IAsyncLifetime
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private readonly CaliFlowApp _app = new(settings: new Dictionary<string, string?> { ["RateLimiting:AuthPermitsPerMinute"] = "3" });

    public ValueTask InitializeAsync() => _app.InitializeAsync();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task Sign_in_attempts_beyond_the_limit_get_429_with_retry_after()
    {
        var client = _app.CreateClient();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            (await client.PostAsJsonAsync("/auth/login", new { email = "nobody@califlow.test", password = "Wr0ng-password" }, _ct))
                .StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        var limited = await client.PostAsJsonAsync("/auth/login", new { email = "nobody@califlow.test", password = "Wr0ng-password" }, _ct);

        limited.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        limited.Headers.RetryAfter.ShouldNotBeNull();
        limited.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        // Other endpoints are not limited by the sign-in policy.
        (await client.GetAsync("/health/live", _ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
