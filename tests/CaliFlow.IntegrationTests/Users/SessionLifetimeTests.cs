using System.Net;
using System.Net.Http.Json;
using CaliFlow.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Shouldly;

namespace CaliFlow.IntegrationTests.Users;

/// <summary>A sign-in session ends 90 days after the sign-in however often it is refreshed. A clock of its own.</summary>
public sealed class SessionLifetimeTests : IAsyncLifetime
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly CaliFlowApp _app;

    public SessionLifetimeTests() => _app = new CaliFlowApp(services: s => s.AddSingleton<TimeProvider>(_clock));

    public ValueTask InitializeAsync() => _app.InitializeAsync();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task Refreshing_does_not_extend_a_session_past_its_absolute_end()
    {
        var signedInAt = _clock.GetUtcNow();
        var user = await _app.CreateUserAsync();
        var sessionEnd = signedInAt + TimeSpan.FromDays(90);
        var anonymous = _app.CreateClient();
        var refreshToken = user.Tokens.RefreshToken;

        // Refreshed every 29 days: each refresh token would live 30 days, but none beyond the session's end.
        Tokens? tokens = null;
        for (var refresh = 1; refresh <= 3; refresh++)
        {
            _clock.Advance(TimeSpan.FromDays(29));
            var refreshed = await anonymous.PostAsJsonAsync("/v1/auth/refresh", new { refreshToken }, _ct);
            refreshed.StatusCode.ShouldBe(HttpStatusCode.OK);
            tokens = (await refreshed.Content.ReadFromJsonAsync<Tokens>(_ct))!;
            refreshToken = tokens.RefreshToken;
        }

        tokens!.RefreshTokenExpiresAt.ShouldBe(sessionEnd, TimeSpan.FromSeconds(5)); // day 87: capped at day 90, not day 117
        (await _app.Authorized(tokens.AccessToken).GetAsync("/v1/me/subscription", _ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Five minutes before the end, a refresh still works, and its access token ends with the session.
        _clock.SetUtcNow(sessionEnd - TimeSpan.FromMinutes(5));
        var last = await anonymous.PostAsJsonAsync("/v1/auth/refresh", new { refreshToken }, _ct);
        last.StatusCode.ShouldBe(HttpStatusCode.OK);
        tokens = (await last.Content.ReadFromJsonAsync<Tokens>(_ct))!;
        tokens.ExpiresIn.ShouldBeLessThanOrEqualTo(300);
        var client = _app.Authorized(tokens.AccessToken);
        (await client.GetAsync("/v1/me/subscription", _ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        _clock.SetUtcNow(sessionEnd + TimeSpan.FromMinutes(1));

        (await anonymous.PostAsJsonAsync("/v1/auth/refresh", new { refreshToken = tokens.RefreshToken }, _ct))
            .StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await client.GetAsync("/v1/me/subscription", _ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.PostAsJsonAsync("/v1/auth/login", new { email = user.Email, password = user.Password }, _ct))
            .StatusCode.ShouldBe(HttpStatusCode.OK); // signing in again starts a new session
    }
}
