using System.Net;
using System.Net.Http.Json;
using CaliFlow.IntegrationTests.Infrastructure;
using CaliFlow.Modules.Platform.Contracts;
using Shouldly;
using static CaliFlow.IntegrationTests.Platform.PlatformTestHelpers;

namespace CaliFlow.IntegrationTests.Users;

/// <summary>
/// Email verification and password reset through mailed, single-use, hashed tokens; register and forgot-password answer the
/// same whether or not the address has an account. Mail is read from the folder sender's messages.
/// </summary>
public sealed class AccountEmailTests(CaliFlowApp app)
{
    private const string VerifySubject = "Confirm your email address";
    private const string ResetSubject = "Reset your CaliFlow password";
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Registering_mails_a_link_that_verifies_the_address_once()
    {
        var user = await app.CreateUserAsync();
        (await user.Client.GetFromJsonAsync<Me>("/v1/me", _ct))!.EmailVerified.ShouldBeFalse();

        var mail = await app.WaitForMailAsync(user.Email, VerifySubject);
        mail.Text.ShouldContain($"http://localhost:5080/verify-email?token={mail.Token}");
        var stored = await app.ScalarAsync<string>(
            "SELECT token_hash FROM users.account_tokens WHERE user_id = $1 AND purpose = 'VerifyEmail'", user.Id);
        stored.ShouldNotBeNull();
        stored.Length.ShouldBe(64);
        stored.ShouldNotBe(mail.Token);

        var anonymous = app.CreateClient();
        (await anonymous.PostAsJsonAsync("/v1/auth/reset-password", new { token = mail.Token, newPassword = "Another-g00d-one" }, _ct))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest); // a verification token resets nothing
        (await anonymous.PostAsJsonAsync("/v1/auth/verify-email", new { token = mail.Token }, _ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await user.Client.GetFromJsonAsync<Me>("/v1/me", _ct))!.EmailVerified.ShouldBeTrue();

        var again = await anonymous.PostAsJsonAsync("/v1/auth/verify-email", new { token = mail.Token }, _ct);
        again.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await again.Content.ReadAsStringAsync(_ct)).ShouldContain("invalid_token");
        (await anonymous.PostAsJsonAsync("/v1/auth/verify-email", new { token = "made-up-token" }, _ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await Eventually(async () => await app.ScalarAsync<long>(
            "SELECT count(*) FROM system.audit_logs WHERE action = $1 AND subject_id = $2", AuditActions.EmailVerified, user.Id.ToString()) == 1);
    }

    [Fact]
    public async Task A_resent_verification_link_replaces_the_earlier_one_and_a_verified_address_needs_none()
    {
        var user = await app.CreateUserAsync();
        var first = await app.WaitForMailAsync(user.Email, VerifySubject);

        (await app.CreateClient().PostAsync("/v1/auth/verify-email/resend", null, _ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await user.Client.PostAsync("/v1/auth/verify-email/resend", null, _ct)).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        var second = await app.WaitForMailAsync(user.Email, VerifySubject, count: 2);
        second.Token.ShouldNotBe(first.Token);

        var anonymous = app.CreateClient();
        (await anonymous.PostAsJsonAsync("/v1/auth/verify-email", new { token = first.Token }, _ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await anonymous.PostAsJsonAsync("/v1/auth/verify-email", new { token = second.Token }, _ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var resend = await user.Client.PostAsync("/v1/auth/verify-email/resend", null, _ct);
        resend.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await resend.Content.ReadAsStringAsync(_ct)).ShouldContain("email_already_verified");
    }

    [Fact]
    public async Task Registering_a_taken_address_answers_like_a_new_one_and_mails_the_owner_instead()
    {
        var owner = await app.CreateUserAsync();
        var anonymous = app.CreateClient();

        var fresh = await anonymous.PostAsJsonAsync(
            "/v1/auth/register", new { email = $"fresh-{Guid.NewGuid():N}@califlow.test", password = "An0ther-password" }, _ct);
        var taken = await anonymous.PostAsJsonAsync(
            "/v1/auth/register", new { email = owner.Email.ToUpperInvariant(), password = "An0ther-password" }, _ct);

        taken.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        taken.StatusCode.ShouldBe(fresh.StatusCode);
        (await taken.Content.ReadAsStringAsync(_ct)).ShouldBe(await fresh.Content.ReadAsStringAsync(_ct));
        var notice = await app.WaitForMailAsync(owner.Email, "Someone tried to register with your address");
        notice.Text.ShouldContain("/forgot-password");
        (await app.ScalarAsync<long>("SELECT count(*) FROM users.users WHERE normalized_email = $1", owner.Email.ToLowerInvariant()))
            .ShouldBe(1);
        (await anonymous.PostAsJsonAsync("/v1/auth/login", new { email = owner.Email, password = "An0ther-password" }, _ct))
            .StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.PostAsJsonAsync("/v1/auth/login", new { email = owner.Email, password = owner.Password }, _ct))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_address_gets_at_most_five_account_mails_an_hour_however_often_they_are_asked_for()
    {
        var user = await app.CreateUserAsync(); // the verification mail is the first
        var anonymous = app.CreateClient();
        for (var request = 0; request < 7; request++)
        {
            (await anonymous.PostAsJsonAsync("/v1/auth/forgot-password", new { email = user.Email }, _ct)).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        }

        await Eventually(async () => await app.ScalarAsync<long>(
            "SELECT count(*) FROM users.outbox_messages WHERE type LIKE '%AccountEmailRequested%' AND payload->>'email' = $1 AND processed_at IS NOT NULL", user.Email.ToLowerInvariant()) == 8);
        app.MailTo(user.Email).Count.ShouldBe(5);
    }

    [Fact]
    public async Task Forgot_password_answers_the_same_for_any_address_and_only_an_account_gets_mail()
    {
        var user = await app.CreateUserAsync();
        var stranger = $"stranger-{Guid.NewGuid():N}@califlow.test";
        var anonymous = app.CreateClient();

        var known = await anonymous.PostAsJsonAsync("/v1/auth/forgot-password", new { email = user.Email }, _ct);
        var unknown = await anonymous.PostAsJsonAsync("/v1/auth/forgot-password", new { email = stranger }, _ct);

        known.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        unknown.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await unknown.Content.ReadAsStringAsync(_ct)).ShouldBe(await known.Content.ReadAsStringAsync(_ct));
        (await app.WaitForMailAsync(user.Email, ResetSubject)).Text.ShouldContain("http://localhost:5080/reset-password?token=");
        await Eventually(async () => await app.ScalarAsync<long>(
            "SELECT count(*) FROM users.outbox_messages WHERE payload->>'email' = $1 AND processed_at IS NOT NULL", stranger) == 1);
        app.MailTo(stranger).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_password_reset_sets_the_password_signs_out_every_session_and_its_link_works_once()
    {
        var user = await app.CreateUserAsync();
        var otherSession = await app.LoginAsync(user.Email, user.Password);
        var anonymous = app.CreateClient();
        (await anonymous.PostAsJsonAsync("/v1/auth/forgot-password", new { email = user.Email }, _ct)).EnsureSuccessStatusCode();
        var mail = await app.WaitForMailAsync(user.Email, ResetSubject);

        var breached = await anonymous.PostAsJsonAsync("/v1/auth/reset-password", new { token = mail.Token, newPassword = "Password1234" }, _ct);
        breached.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await breached.Content.ReadAsStringAsync(_ct)).ShouldContain("breaches");
        const string newPassword = "Fresh-start-2-pull";
        (await anonymous.PostAsJsonAsync("/v1/auth/reset-password", new { token = mail.Token, newPassword }, _ct))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);

        foreach (var session in new[] { user.Tokens, otherSession })
        {
            (await anonymous.PostAsJsonAsync("/v1/auth/refresh", new { refreshToken = session.RefreshToken }, _ct))
                .StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        }

        (await anonymous.PostAsJsonAsync("/v1/auth/login", new { email = user.Email, password = user.Password }, _ct))
            .StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var signedIn = await app.LoginAsync(user.Email, newPassword);
        // The link reached the owner's inbox: that proves the address too.
        (await app.Authorized(signedIn.AccessToken).GetFromJsonAsync<Me>("/v1/me", _ct))!.EmailVerified.ShouldBeTrue();

        var reuse = await anonymous.PostAsJsonAsync("/v1/auth/reset-password", new { token = mail.Token, newPassword = "Third-time-lucky-9" }, _ct);
        reuse.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await reuse.Content.ReadAsStringAsync(_ct)).ShouldContain("invalid_token");
        await Eventually(async () => await app.ScalarAsync<long>(
            "SELECT count(*) FROM system.audit_logs WHERE action = $1 AND subject_id = $2", AuditActions.PasswordReset, user.Id.ToString()) == 1);
    }

    [Fact]
    public async Task A_new_reset_link_replaces_the_previous_one()
    {
        var user = await app.CreateUserAsync();
        var anonymous = app.CreateClient();
        (await anonymous.PostAsJsonAsync("/v1/auth/forgot-password", new { email = user.Email }, _ct)).EnsureSuccessStatusCode();
        var first = await app.WaitForMailAsync(user.Email, ResetSubject);
        (await anonymous.PostAsJsonAsync("/v1/auth/forgot-password", new { email = user.Email }, _ct)).EnsureSuccessStatusCode();
        var second = await app.WaitForMailAsync(user.Email, ResetSubject, count: 2);

        (await anonymous.PostAsJsonAsync("/v1/auth/reset-password", new { token = first.Token, newPassword = "Fresh-start-2-pull" }, _ct))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await anonymous.PostAsJsonAsync("/v1/auth/reset-password", new { token = second.Token, newPassword = "Fresh-start-2-pull" }, _ct))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    private sealed record Me(Guid Id, string Email, bool EmailVerified);
}
