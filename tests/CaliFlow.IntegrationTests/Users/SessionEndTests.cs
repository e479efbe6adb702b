using System.Net;
using System.Net.Http.Json;
using CaliFlow.IntegrationTests.Infrastructure;
using CaliFlow.Modules.Users;
using Shouldly;

namespace CaliFlow.IntegrationTests.Users;

/// <summary>
/// An access token works only while its session does: whatever ends the session (sign-out, password change or reset, the
/// admin role taken away, account deletion, a reused refresh token) stops its access tokens at once, not 15 minutes later.
/// Each token is used once before, so its session's answer is cached and the test proves the cache is dropped.
/// </summary>
public sealed class SessionEndTests(CaliFlowApp app)
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Signing_out_stops_that_sessions_access_token_and_leaves_the_others_working()
    {
        var user = await app.CreateUserAsync();
        var other = app.Authorized((await app.LoginAsync(user.Email, user.Password)).AccessToken);
        await ShouldWorkAsync(user.Client);
        await ShouldWorkAsync(other);

        (await user.Client.PostAsJsonAsync("/v1/auth/logout", new { refreshToken = user.Tokens.RefreshToken }, _ct))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);

        await ShouldBeRefusedAsync(user.Client);
        await ShouldWorkAsync(other);
    }

    [Fact]
    public async Task Changing_the_password_stops_the_other_sessions_access_tokens_at_once()
    {
        var user = await app.CreateUserAsync();
        var other = app.Authorized((await app.LoginAsync(user.Email, user.Password)).AccessToken);
        await ShouldWorkAsync(other);

        (await user.Client.PostAsJsonAsync("/v1/me/password", new { currentPassword = user.Password, newPassword = "Brand-new-passw0rd" }, _ct))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);

        await ShouldBeRefusedAsync(other);
        await ShouldWorkAsync(user.Client); // the session that changed it stays signed in
    }

    [Fact]
    public async Task Resetting_the_password_stops_every_access_token_of_the_account()
    {
        var user = await app.CreateUserAsync();
        await ShouldWorkAsync(user.Client);
        var anonymous = app.CreateClient();
        (await anonymous.PostAsJsonAsync("/v1/auth/forgot-password", new { email = user.Email }, _ct)).EnsureSuccessStatusCode();
        var mail = await app.WaitForMailAsync(user.Email, "Reset your CaliFlow password");

        (await anonymous.PostAsJsonAsync("/v1/auth/reset-password", new { token = mail.Token, newPassword = "Fresh-start-2-pull" }, _ct))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);

        await ShouldBeRefusedAsync(user.Client);
    }

    [Fact]
    public async Task Deleting_the_account_stops_every_access_token_of_it()
    {
        var user = await app.CreateUserAsync();
        var other = app.Authorized((await app.LoginAsync(user.Email, user.Password)).AccessToken);
        await ShouldWorkAsync(user.Client);
        await ShouldWorkAsync(other);

        (await user.DeleteAccountAsync(_ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        await ShouldBeRefusedAsync(user.Client);
        await ShouldBeRefusedAsync(other);
    }

    [Fact]
    public async Task Taking_the_admin_role_away_stops_the_admins_access_token()
    {
        var admin = await app.CreateAdminAsync();
        (await admin.Client.GetAsync("/v1/system/audit-logs", _ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await app.Services.RunAdminCommandAsync(["revoke", admin.Email], TextWriter.Null)).ShouldBe(0);

        await ShouldBeRefusedAsync(admin.Client, "/v1/system/audit-logs");
    }

    [Fact]
    public async Task A_reused_refresh_token_stops_the_access_tokens_of_its_session()
    {
        var user = await app.CreateUserAsync();
        var anonymous = app.CreateClient();
        var refreshed = await anonymous.PostAsJsonAsync("/v1/auth/refresh", new { refreshToken = user.Tokens.RefreshToken }, _ct);
        var rotated = app.Authorized((await refreshed.Content.ReadFromJsonAsync<Tokens>(_ct))!.AccessToken);
        await ShouldWorkAsync(rotated);

        (await anonymous.PostAsJsonAsync("/v1/auth/refresh", new { refreshToken = user.Tokens.RefreshToken }, _ct))
            .StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        await ShouldBeRefusedAsync(rotated);
        await ShouldBeRefusedAsync(user.Client);
    }

    private async Task ShouldWorkAsync(HttpClient client) =>
        (await client.GetAsync("/v1/me/subscription", _ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

    /// <summary>The same 401 problem as any other bad token.</summary>
    private async Task ShouldBeRefusedAsync(HttpClient client, string path = "/v1/me/subscription")
    {
        var response = await client.GetAsync(path, _ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Content.Headers.ContentType.ShouldNotBeNull().MediaType.ShouldBe("application/problem+json");
        (await response.Content.ReadAsStringAsync(_ct)).ShouldContain("\"status\":401");
    }
}
