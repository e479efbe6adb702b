using System.Net;
using System.Net.Http.Json;
using CaliFlow.IntegrationTests.Infrastructure;
using Shouldly;

namespace CaliFlow.IntegrationTests.Users;

/// <summary>
/// Deleting the account asks for the password again, so an access token alone cannot do it; a wrong password counts toward
/// the same sign-in throttle as signing in (re-authentication must not be an unthrottled way to guess it).
/// </summary>
public sealed class ReauthenticationTests(CaliFlowApp app)
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Deleting_the_account_needs_the_current_password()
    {
        var user = await app.CreateUserAsync();

        using (var noBody = new HttpRequestMessage(HttpMethod.Delete, "/v1/me"))
        {
            (await user.Client.SendAsync(noBody, _ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        }

        var empty = await user.DeleteAccountAsync(_ct, currentPassword: "");
        empty.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await empty.Content.ReadAsStringAsync(_ct)).ShouldContain("currentPassword");
        var wrong = await user.DeleteAccountAsync(_ct, currentPassword: "Not-my-passw0rd");
        wrong.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await wrong.Content.ReadAsStringAsync(_ct);
        problem.ShouldContain("current_password_incorrect");
        problem.ShouldContain("currentPassword");
        (await app.ScalarAsync<int>("SELECT failures FROM users.sign_in_throttles WHERE email = $1", user.Email.ToLowerInvariant())).ShouldBe(1);
        (await user.Client.GetAsync("/v1/me", _ct)).StatusCode.ShouldBe(HttpStatusCode.OK); // still there, still signed in

        (await user.DeleteAccountAsync(_ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await app.ScalarAsync<DateTime?>("SELECT deleted_at FROM users.users WHERE id = $1", user.Id)).ShouldNotBeNull();
    }

    [Fact]
    public async Task Wrong_passwords_given_to_confirm_hold_this_client_back_like_failed_sign_ins()
    {
        var user = await app.CreateUserAsync();

        for (var attempt = 1; attempt < 5; attempt++)
        {
            (await user.DeleteAccountAsync(_ct, currentPassword: "Wr0ng-password")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        }

        (await user.DeleteAccountAsync(_ct, currentPassword: "Wr0ng-password")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await user.DeleteAccountAsync(_ct)).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests); // even the right one, while held
        (await app.CreateClient().PostAsJsonAsync("/v1/auth/login", new { email = user.Email, password = user.Password }, _ct))
            .StatusCode.ShouldBe(HttpStatusCode.TooManyRequests); // one count for signing in and confirming
        (await app.ScalarAsync<DateTime?>("SELECT deleted_at FROM users.users WHERE id = $1", user.Id)).ShouldBeNull();
    }
}
