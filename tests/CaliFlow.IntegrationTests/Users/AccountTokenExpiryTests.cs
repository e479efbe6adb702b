using System.Net;
using System.Net.Http.Json;
using CaliFlow.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Shouldly;

namespace CaliFlow.IntegrationTests.Users;

/// <summary>Mailed links expire: verification after 48 hours, password reset after 30 minutes. A clock of its own.</summary>
public sealed class AccountTokenExpiryTests : IAsyncLifetime
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly CaliFlowApp _app;

    public AccountTokenExpiryTests() => _app = new CaliFlowApp(services: s => s.AddSingleton<TimeProvider>(_clock));

    public ValueTask InitializeAsync() => _app.InitializeAsync();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task A_verification_link_expires_after_48_hours_and_a_new_one_works()
    {
        var user = await _app.CreateUserAsync();
        var mail = await _app.WaitForMailAsync(user.Email, "Confirm your email address", tick: Tick);

        _clock.Advance(TimeSpan.FromHours(48) + TimeSpan.FromMinutes(1));

        var expired = await _app.CreateClient().PostAsJsonAsync("/v1/auth/verify-email", new { token = mail.Token }, _ct);
        expired.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await expired.Content.ReadAsStringAsync(_ct)).ShouldContain("invalid_token");
        var signedIn = _app.Authorized((await _app.LoginAsync(user.Email, user.Password)).AccessToken);
        (await signedIn.PostAsync("/v1/auth/verify-email/resend", null, _ct)).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var fresh = await _app.WaitForMailAsync(user.Email, "Confirm your email address", count: 2, tick: Tick);
        (await _app.CreateClient().PostAsJsonAsync("/v1/auth/verify-email", new { token = fresh.Token }, _ct))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task A_reset_link_works_for_30_minutes_only()
    {
        var user = await _app.CreateUserAsync();
        var anonymous = _app.CreateClient();
        (await anonymous.PostAsJsonAsync("/v1/auth/forgot-password", new { email = user.Email }, _ct)).EnsureSuccessStatusCode();
        var mail = await _app.WaitForMailAsync(user.Email, "Reset your CaliFlow password", tick: Tick);

        _clock.Advance(TimeSpan.FromMinutes(31));

        (await anonymous.PostAsJsonAsync("/v1/auth/reset-password", new { token = mail.Token, newPassword = "Fresh-start-2-pull" }, _ct))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await anonymous.PostAsJsonAsync("/v1/auth/login", new { email = user.Email, password = user.Password }, _ct))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    // The outbox waits between polls on the fake clock: move it a little so the mail goes out.
    private void Tick() => _clock.Advance(TimeSpan.FromMilliseconds(100));
}
