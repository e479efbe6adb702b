using System.Net;
using System.Net.Http.Json;
using CaliFlow.IntegrationTests.Infrastructure;
using Shouldly;

namespace CaliFlow.IntegrationTests.Users;

public sealed class AuthFlowTests(CaliFlowApp app)
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Register_login_me_profile_refresh_reuse_and_logout_work_end_to_end()
    {
        var email = $"Flow-{Guid.NewGuid():N}@CaliFlow.test";
        const string password = "Pull-ups-every-day-7";
        var anonymous = app.CreateClient();

        var registered = await anonymous.PostAsJsonAsync("/v1/auth/register", new { email, password }, _ct);
        registered.StatusCode.ShouldBe(HttpStatusCode.Accepted);

        // Email is case-insensitive: sign in with the lower-cased form.
        var login = await anonymous.PostAsJsonAsync("/v1/auth/login", new { email = email.ToLowerInvariant(), password }, _ct);
        login.StatusCode.ShouldBe(HttpStatusCode.OK);
        var tokens = (await login.Content.ReadFromJsonAsync<Tokens>(_ct))!;
        tokens.TokenType.ShouldBe("Bearer");
        tokens.ExpiresIn.ShouldBe(900);

        var client = app.Authorized(tokens.AccessToken);
        var me = await client.GetFromJsonAsync<Me>("/v1/me", _ct);
        me!.Email.ShouldBe(email);
        me.Plan.ShouldBe("free");
        me.Profile.Level.ShouldBe("beginner");

        var update = await client.PatchAsJsonAsync("/v1/me/profile", new
        {
            level = "intermediate",
            goals = new[] { "strength", "skills" },
            equipment = new[] { "pull-up-bar", "rings" },
            trainingDaysPerWeek = 4,
            preferredWeekdays = new[] { "monday", "tuesday", "thursday", "saturday" },
            sessionMinutes = 60,
            timeZone = "Europe/Berlin",
            heightCm = 178.5,
            weightKg = 74.2,
        }, _ct);
        update.StatusCode.ShouldBe(HttpStatusCode.OK);

        // The cached /me is invalidated by the update.
        me = await client.GetFromJsonAsync<Me>("/v1/me", _ct);
        me!.Profile.Level.ShouldBe("intermediate");
        me.Profile.TimeZone.ShouldBe("Europe/Berlin");
        me.Profile.Goals.ShouldBe(["strength", "skills"]);
        me.Profile.Equipment.ShouldBe(["pull-up-bar", "rings"]);
        me.Profile.HeightCm.ShouldBe(178.5m);

        var refreshed = await anonymous.PostAsJsonAsync("/v1/auth/refresh", new { refreshToken = tokens.RefreshToken }, _ct);
        refreshed.StatusCode.ShouldBe(HttpStatusCode.OK);
        var rotated = (await refreshed.Content.ReadFromJsonAsync<Tokens>(_ct))!;
        rotated.RefreshToken.ShouldNotBe(tokens.RefreshToken);
        (await app.Authorized(rotated.AccessToken).GetAsync("/v1/me", _ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        // The rotated-out token comes back: rejected, and the whole session (including the newer token) is revoked.
        var reuse = await anonymous.PostAsJsonAsync("/v1/auth/refresh", new { refreshToken = tokens.RefreshToken }, _ct);
        reuse.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await reuse.Content.ReadAsStringAsync(_ct)).ShouldContain("refresh_token_reused");
        var afterReuse = await anonymous.PostAsJsonAsync("/v1/auth/refresh", new { refreshToken = rotated.RefreshToken }, _ct);
        afterReuse.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        // A new session, then logout revokes it.
        var second = await app.LoginAsync(email, password);
        var logout = await app.Authorized(second.AccessToken)
            .PostAsJsonAsync("/v1/auth/logout", new { refreshToken = second.RefreshToken }, _ct);
        logout.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var afterLogout = await anonymous.PostAsJsonAsync("/v1/auth/refresh", new { refreshToken = second.RefreshToken }, _ct);
        afterLogout.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Refresh_tokens_are_stored_hashed()
    {
        var user = await app.CreateUserAsync();

        var stored = await app.ScalarAsync<string>(
            "SELECT token_hash FROM users.refresh_tokens WHERE user_id = $1", user.Id);

        stored.ShouldNotBeNull();
        stored.ShouldNotBe(user.Tokens.RefreshToken);
        stored.Length.ShouldBe(64);
    }

    [Fact]
    public async Task Changing_the_password_keeps_this_session_and_revokes_the_others()
    {
        var user = await app.CreateUserAsync();
        var otherSession = await app.LoginAsync(user.Email, user.Password);
        const string newPassword = "Brand-new-passw0rd";

        var wrongCurrent = await user.Client.PostAsJsonAsync(
            "/v1/me/password", new { currentPassword = "Not-my-passw0rd", newPassword }, _ct);
        wrongCurrent.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await wrongCurrent.Content.ReadAsStringAsync(_ct)).ShouldContain("currentPassword");

        var changed = await user.Client.PostAsJsonAsync(
            "/v1/me/password", new { currentPassword = user.Password, newPassword }, _ct);
        changed.StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var anonymous = app.CreateClient();
        (await anonymous.PostAsJsonAsync("/v1/auth/refresh", new { refreshToken = otherSession.RefreshToken }, _ct))
            .StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.PostAsJsonAsync("/v1/auth/refresh", new { refreshToken = user.Tokens.RefreshToken }, _ct))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await anonymous.PostAsJsonAsync("/v1/auth/login", new { email = user.Email, password = user.Password }, _ct))
            .StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.PostAsJsonAsync("/v1/auth/login", new { email = user.Email, password = newPassword }, _ct))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_deleted_account_cannot_sign_in_refresh_or_use_its_access_token_but_its_row_is_kept()
    {
        var user = await app.CreateUserAsync();

        (await user.DeleteAccountAsync(_ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var anonymous = app.CreateClient();
        (await anonymous.PostAsJsonAsync("/v1/auth/login", new { email = user.Email, password = user.Password }, _ct))
            .StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.PostAsJsonAsync("/v1/auth/refresh", new { refreshToken = user.Tokens.RefreshToken }, _ct))
            .StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await user.Client.GetAsync("/v1/me", _ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var deletedAt = await app.ScalarAsync<DateTime?>("SELECT deleted_at FROM users.users WHERE id = $1", user.Id);
        deletedAt.ShouldNotBeNull();
    }

    [Fact]
    public async Task Every_user_starts_on_a_free_subscription()
    {
        var user = await app.CreateUserAsync();

        var subscription = await user.Client.GetFromJsonAsync<Subscription>("/v1/me/subscription", _ct);

        subscription!.Plan.ShouldBe("free");
        subscription.CurrentPeriodEndsAt.ShouldBeNull();
    }

    [Fact]
    public async Task Timestamps_are_set_on_insert_and_moved_on_update_only()
    {
        var user = await app.CreateUserAsync();
        var createdAt = await app.ScalarAsync<DateTime>("SELECT created_at FROM users.user_profiles WHERE user_id = $1", user.Id);
        var updatedBefore = await app.ScalarAsync<DateTime>("SELECT updated_at FROM users.user_profiles WHERE user_id = $1", user.Id);
        createdAt.ShouldBe(updatedBefore);

        (await user.Client.PatchAsJsonAsync("/v1/me/profile", new { sessionMinutes = 30 }, _ct)).EnsureSuccessStatusCode();

        (await app.ScalarAsync<DateTime>("SELECT created_at FROM users.user_profiles WHERE user_id = $1", user.Id))
            .ShouldBe(createdAt);
        (await app.ScalarAsync<DateTime>("SELECT updated_at FROM users.user_profiles WHERE user_id = $1", user.Id))
            .ShouldBeGreaterThan(updatedBefore);
    }

    private sealed record Me(Guid Id, string Email, string Role, string Plan, Profile Profile);

    private sealed record Profile(string Level, string[] Goals, string[] Equipment, string TimeZone, decimal? HeightCm);

    private sealed record Subscription(string Plan, DateTimeOffset? CurrentPeriodEndsAt);
}
