using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CaliFlow.IntegrationTests.Infrastructure;
using CaliFlow.IntegrationTests.Platform;
using Shouldly;

namespace CaliFlow.IntegrationTests.OtherApps;

/// <summary>
/// Personal access tokens: shown once, stored hashed, limited to their scopes (deny by default), never able to manage the
/// account, revoked at once, audited and counted per token.
/// </summary>
public sealed class AccessTokenTests(CaliFlowApp app)
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_token_is_shown_once_stored_hashed_and_listed_with_its_hint_scopes_and_last_use()
    {
        var user = await app.CreateUserAsync();

        var created = await user.CreateTokenAsync("logs:read", "plans:read");

        created.Token.ShouldStartWith("cfp_");
        created.Token.Length.ShouldBe(47);
        created.Scopes.ShouldBe(["logs:read", "plans:read"]);
        created.ExpiresAt.ShouldBeNull();
        (await app.ScalarAsync<string>("SELECT token_hash FROM users.access_tokens WHERE id = $1", created.Id))
            .ShouldBe(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(created.Token))));
        var listed = (await user.Client.GetFromJsonAsync<List<ListedToken>>("/v1/me/tokens", _ct))!.ShouldHaveSingleItem();
        listed.Hint.ShouldBe(created.Token[..10]);
        listed.LastUsedAt.ShouldBeNull();
        (await user.Client.GetStringAsync("/v1/me/tokens", _ct)).ShouldNotContain(created.Token);

        (await app.Authorized(created.Token).GetAsync("/v1/stats", _ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await user.Client.GetFromJsonAsync<List<ListedToken>>("/v1/me/tokens", _ct))!.Single().LastUsedAt.ShouldNotBeNull();
    }

    [Fact]
    public async Task A_token_reaches_only_the_routes_of_its_scopes_and_never_the_account()
    {
        var user = await app.CreateUserAsync();
        var reader = app.Authorized((await user.CreateTokenAsync("logs:read")).Token);

        (await reader.GetAsync("/v1/stats", _ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await reader.GetAsync("/v1/workout-logs", _ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var write = await reader.PostAsJsonAsync("/v1/workout-logs", TestRequests.PushUpLog(), _ct);
        write.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        write.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await write.Content.ReadAsStringAsync(_ct)).ShouldContain("logs:write");
        write.Headers.WwwAuthenticate.ToString().ShouldBe("Bearer error=\"insufficient_scope\", scope=\"logs:write\"");
        (await reader.GetAsync("/v1/sync/changes", _ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden); // it carries metrics and photos
        (await reader.GetAsync("/v1/workouts/today", _ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden); // plans:read
        (await reader.GetAsync("/v1/exercises", _ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden); // library:read

        // Whatever its scopes, a token manages nothing: not the account, its tokens, billing, the password or admin routes.
        var everything = app.Authorized((await user.CreateTokenAsync("plans:read", "library:read", "logs:read", "logs:write",
            "metrics:read", "metrics:write", "coach:chat")).Token);
        (await everything.GetAsync("/v1/me", _ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await everything.GetAsync("/v1/me/tokens", _ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await everything.PostAsJsonAsync("/v1/me/tokens", new { name = "more", scopes = new[] { "logs:read" }, currentPassword = user.Password }, _ct))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await everything.PostAsJsonAsync("/v1/me/password", new { currentPassword = user.Password, newPassword = "An0ther-strong-pass" }, _ct))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await everything.GetAsync("/v1/billing/subscription", _ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await everything.GetAsync("/v1/webhooks", _ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await everything.GetAsync("/v1/me/export", _ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await everything.PostAsJsonAsync("/v1/workout-logs", TestRequests.PushUpLog(), _ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await everything.PostAsJsonAsync("/v1/metrics", new { type = "body-weight", recordedOn = DateOnly.FromDateTime(DateTime.UtcNow), bodyWeight = new { weightKg = 72.5 } }, _ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_revoked_an_expired_or_an_altered_token_is_a_401()
    {
        var user = await app.CreateUserAsync();
        var token = await user.CreateTokenAsync("logs:read");
        var client = app.Authorized(token.Token);
        (await client.GetAsync("/v1/stats", _ct)).StatusCode.ShouldBe(HttpStatusCode.OK); // its grant is cached now

        (await user.Client.DeleteAsync($"/v1/me/tokens/{token.Id}", _ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var revoked = await client.GetAsync("/v1/stats", _ct);
        revoked.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        revoked.Headers.WwwAuthenticate.ToString().ShouldBe("Bearer error=\"invalid_token\"");
        (await user.Client.DeleteAsync($"/v1/me/tokens/{token.Id}", _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await user.Client.GetFromJsonAsync<List<ListedToken>>("/v1/me/tokens", _ct))!.ShouldBeEmpty();

        var expiring = await user.CreateTokenAsync("logs:read");
        await app.ExecuteAsync("UPDATE users.access_tokens SET expires_at = now() - interval '1 second' WHERE id = $1", expiring.Id);
        (await app.Authorized(expiring.Token).GetAsync("/v1/stats", _ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var kept = await user.CreateTokenAsync("logs:read");
        var altered = kept.Token[..^1] + (kept.Token[^1] == 'A' ? 'B' : 'A');
        (await app.Authorized(altered).GetAsync("/v1/stats", _ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await app.Authorized(kept.Token + "x").GetAsync("/v1/stats", _ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await app.Authorized(kept.Token).GetAsync("/v1/stats", _ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Another_users_token_cannot_be_revoked_and_deleting_the_account_revokes_every_token()
    {
        var owner = await app.CreateUserAsync();
        var other = await app.CreateUserAsync();
        var token = await owner.CreateTokenAsync("logs:read");

        (await other.Client.DeleteAsync($"/v1/me/tokens/{token.Id}", _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.Authorized(token.Token).GetAsync("/v1/stats", _ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await owner.DeleteAccountAsync(_ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await app.Authorized(token.Token).GetAsync("/v1/stats", _ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Making_a_token_takes_the_password_and_known_scopes()
    {
        var user = await app.CreateUserAsync();

        var wrongPassword = await user.Client.PostAsJsonAsync("/v1/me/tokens",
            new { name = "app", scopes = new[] { "logs:read" }, currentPassword = "Not-the-password-1" }, _ct);
        var badScope = await user.Client.PostAsJsonAsync("/v1/me/tokens",
            new { name = "app", scopes = new[] { "logs:read", "account:write" }, expiresInDays = 0, currentPassword = user.Password }, _ct);

        wrongPassword.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await wrongPassword.Content.ReadAsStringAsync(_ct)).ShouldContain("currentPassword");
        badScope.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await badScope.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("errors");
        errors.TryGetProperty("scopes[1]", out _).ShouldBeTrue(errors.ToString());
        errors.TryGetProperty("expiresInDays", out _).ShouldBeTrue(errors.ToString());
        (await user.Client.GetFromJsonAsync<List<ListedToken>>("/v1/me/tokens", _ct))!.ShouldBeEmpty();

        var expiring = await user.Client.PostAsJsonAsync("/v1/me/tokens",
            new { name = "a week", scopes = new[] { "logs:read" }, expiresInDays = 7, currentPassword = user.Password }, _ct);
        var week = (await expiring.Content.ReadFromJsonAsync<CreatedToken>(_ct))!;
        week.ExpiresAt!.Value.ShouldBe(DateTimeOffset.UtcNow.AddDays(7), TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task Changes_made_with_a_token_are_audited_and_creation_and_revocation_too()
    {
        var user = await app.CreateUserAsync();
        var token = await user.CreateTokenAsync("logs:write");

        (await app.Authorized(token.Token).PostAsJsonAsync("/v1/workout-logs", TestRequests.PushUpLog(), _ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await user.Client.DeleteAsync($"/v1/me/tokens/{token.Id}", _ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        await PlatformTestHelpers.Eventually(async () => await app.ScalarAsync<long>(
            "SELECT count(*) FROM system.audit_logs WHERE subject_id = $1 AND actor_id = $2", token.Id.ToString(), user.Id) == 3);
        var used = await app.ScalarAsync<string>(
            "SELECT summary FROM system.audit_logs WHERE subject_id = $1 AND action = 'access_token.used'", token.Id.ToString());
        used.ShouldBe("POST /v1/workout-logs → 201 with the access token \"test app\".");
    }

    [Fact]
    public async Task A_password_reset_revokes_every_token_and_mcp_takes_only_tokens()
    {
        var user = await app.CreateUserAsync();
        var token = await user.CreateTokenAsync("logs:read");
        (await app.Authorized(token.Token).GetAsync("/v1/stats", _ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var mcpWithJwt = await user.Client.PostAsJsonAsync("/mcp", new { jsonrpc = "2.0", id = 1, method = "tools/list" }, _ct);

        (await app.CreateClient().PostAsJsonAsync("/v1/auth/forgot-password", new { email = user.Email }, _ct)).EnsureSuccessStatusCode();
        var mail = await app.WaitForMailAsync(user.Email, "Reset your CaliFlow password");
        (await app.CreateClient().PostAsJsonAsync("/v1/auth/reset-password", new { token = mail.Token, newPassword = "Another-g00d-one" }, _ct))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await app.Authorized(token.Token).GetAsync("/v1/stats", _ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        mcpWithJwt.StatusCode.ShouldBe(HttpStatusCode.Forbidden); // a signed-in app's JWT is not an access token
    }

    [Fact]
    public async Task A_refused_or_failed_change_is_not_audited_as_made()
    {
        var user = await app.CreateUserAsync();
        var token = await user.CreateTokenAsync("logs:write");
        var client = app.Authorized(token.Token);

        (await client.PostAsJsonAsync("/v1/workout-logs", new { exercises = Array.Empty<object>() }, _ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await client.PostAsJsonAsync("/v1/metrics", new { type = "body-weight" }, _ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.PostAsJsonAsync("/v1/workout-logs", TestRequests.PushUpLog(), _ct)).StatusCode.ShouldBe(HttpStatusCode.Created);

        await PlatformTestHelpers.Eventually(async () => await app.ScalarAsync<long>(
            "SELECT count(*) FROM system.audit_logs WHERE subject_id = $1 AND action = 'access_token.used'", token.Id.ToString()) == 1);
        await Task.Delay(500, _ct); // nothing else arrives after the one made
        (await app.ScalarAsync<long>(
            "SELECT count(*) FROM system.audit_logs WHERE subject_id = $1 AND action = 'access_token.used'", token.Id.ToString())).ShouldBe(1);
    }
}
