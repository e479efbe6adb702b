using System.Net;
using System.Net.Http.Json;
using CaliFlow.IntegrationTests.Infrastructure;
using CaliFlow.Modules.Platform.Contracts;
using Npgsql;
using Shouldly;
using static CaliFlow.IntegrationTests.Platform.PlatformTestHelpers;

namespace CaliFlow.IntegrationTests.Platform;

/// <summary>
/// Security events from Users reach the append-only audit log with who, what, when, address and user agent; the database
/// itself refuses to change or remove a row; only admins read it, page by page.
/// One app and database for the class, with its admin; every test reads only the rows of users it made.
/// </summary>
public sealed class AuditLogTests(AppWithAdmin fixture) : IClassFixture<AppWithAdmin>
{
    private const string Agent = "CaliFlowTests/1.0";
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private readonly CaliFlowApp _app = fixture.App;
    private readonly TestUser _admin = fixture.Admin;

    private HttpClient Anonymous()
    {
        var client = _app.CreateClient();
        client.DefaultRequestHeaders.UserAgent.ParseAdd(Agent);
        return client;
    }

    private async Task<IReadOnlyList<AuditLogOut>> LogsAsync(string query)
    {
        var response = await _admin.Client.GetAsync($"/v1/system/audit-logs?{query}", _ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(_ct));
        return (await response.Content.ReadFromJsonAsync<AuditLogPageOut>(_ct))!.Items;
    }

    private async Task<AuditLogOut> WaitForAsync(string action, string subjectId)
    {
        AuditLogOut? found = null;
        await Eventually(async () =>
        {
            found = (await LogsAsync($"action={action}&limit=200")).FirstOrDefault(l => l.SubjectId == subjectId);
            return found is not null;
        });
        return found!;
    }

    [Fact]
    public async Task Sign_in_events_are_recorded_with_address_and_user_agent_and_no_secrets()
    {
        var user = await _app.CreateUserAsync();
        var client = Anonymous();

        (await client.PostAsJsonAsync("/v1/auth/login", new { email = user.Email, password = "Wrong-password-1" }, _ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await client.PostAsJsonAsync("/v1/auth/login", new { email = user.Email, password = user.Password }, _ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var ghost = $"ghost-{Guid.NewGuid():N}@califlow.test";
        (await client.PostAsJsonAsync("/v1/auth/login", new { email = ghost, password = "Whatever-123" }, _ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var failed = await WaitForAsync(AuditActions.LoginFailed, user.Id.ToString());
        failed.ActorId.ShouldBe(user.Id);
        failed.UserAgent.ShouldBe(Agent);
        failed.IpAddress.ShouldBe(_app.ClientAddress.ToString());
        failed.Summary.ShouldNotContain("Wrong-password-1");

        // Each sign-in's row comes through the outbox on its own: wait until both are there (the helper's sign-in and this one).
        IReadOnlyList<AuditLogOut> succeeded = [];
        await Eventually(async () => (succeeded = await LogsAsync($"actorId={user.Id}&action={AuditActions.LoginSucceeded}")).Count >= 2);
        succeeded.Count.ShouldBe(2);
        succeeded.ShouldAllBe(l => l.SubjectType == "user" && l.SubjectId == user.Id.ToString());

        var unknown = await WaitForAsync(AuditActions.LoginFailed, ghost);
        unknown.ActorId.ShouldBeNull();
        unknown.Summary.ShouldNotContain("Whatever-123");
    }

    [Fact]
    public async Task Throttling_refresh_token_reuse_password_change_role_change_and_deletion_are_recorded()
    {
        var locked = await _app.CreateUserAsync();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await Anonymous().PostAsJsonAsync("/v1/auth/login", new { email = locked.Email, password = "Wrong-password-1" }, _ct);
        }

        var user = await _app.CreateUserAsync();
        var first = await Anonymous().PostAsJsonAsync("/v1/auth/refresh", new { refreshToken = user.Tokens.RefreshToken }, _ct);
        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        var reuse = await Anonymous().PostAsJsonAsync("/v1/auth/refresh", new { refreshToken = user.Tokens.RefreshToken }, _ct);
        reuse.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        var changer = await _app.CreateUserAsync();
        (await changer.Client.PostAsJsonAsync("/v1/me/password", new { currentPassword = changer.Password, newPassword = "An0ther-strong-pass" }, _ct))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var leaver = await _app.CreateUserAsync();
        (await leaver.DeleteAccountAsync(_ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await WaitForAsync(AuditActions.SignInThrottled, locked.Id.ToString())).ActorId.ShouldBe(locked.Id);
        (await WaitForAsync(AuditActions.RefreshTokenReused, (await FamilyOfAsync(user.Id))!.Value.ToString())).ActorId.ShouldBe(user.Id);
        var changed = await WaitForAsync(AuditActions.PasswordChanged, changer.Id.ToString());
        changed.Summary.ShouldNotContain("An0ther-strong-pass");
        changed.Summary.ShouldNotContain(changer.Password);
        (await WaitForAsync(AuditActions.AccountDeleted, leaver.Id.ToString())).ActorId.ShouldBe(leaver.Id);
        (await WaitForAsync(AuditActions.RoleChanged, _admin.Id.ToString())).Summary.ShouldContain("admin");
    }

    private Task<Guid?> FamilyOfAsync(Guid userId) =>
        _app.ScalarAsync<Guid?>("SELECT family_id FROM users.refresh_tokens WHERE user_id = $1 LIMIT 1", userId);

    [Fact]
    public async Task The_database_refuses_to_update_delete_or_truncate_audit_rows()
    {
        var user = await _app.CreateUserAsync();
        await WaitForAsync(AuditActions.LoginSucceeded, user.Id.ToString());

        var update = await Should.ThrowAsync<PostgresException>(() =>
            _app.ExecuteAsync("UPDATE system.audit_logs SET summary = 'rewritten' WHERE actor_id = $1", user.Id));
        update.MessageText.ShouldContain("append-only");
        var delete = await Should.ThrowAsync<PostgresException>(() =>
            _app.ExecuteAsync("DELETE FROM system.audit_logs WHERE actor_id = $1", user.Id));
        delete.MessageText.ShouldContain("append-only");
        await Should.ThrowAsync<PostgresException>(() => _app.ScalarAsync<int>("TRUNCATE system.audit_logs"));

        (await _app.ScalarAsync<long>("SELECT count(*) FROM system.audit_logs WHERE actor_id = $1 AND summary <> 'rewritten'", user.Id))
            .ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Admins_page_through_the_log_newest_first_without_overlap()
    {
        var user = await _app.CreateUserAsync();
        for (var i = 0; i < 4; i++)
        {
            await _app.LoginAsync(user.Email, user.Password);
        }

        await Eventually(async () => (await LogsAsync($"actorId={user.Id}&action={AuditActions.LoginSucceeded}")).Count == 5);

        var seen = new List<long>();
        string? cursor = null;
        do
        {
            var response = await _admin.Client.GetFromJsonAsync<AuditLogPageOut>(
                $"/v1/system/audit-logs?actorId={user.Id}&limit=2{(cursor is null ? "" : $"&cursor={cursor}")}", _ct);
            seen.AddRange(response!.Items.Select(i => i.Id));
            cursor = response.NextCursor;
        }
        while (cursor is not null);

        seen.Count.ShouldBe(5);
        seen.ShouldBe(seen.OrderByDescending(id => id).ToList());
        seen.Distinct().Count().ShouldBe(5);

        var future = await LogsAsync($"actorId={user.Id}&from={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddHours(1).ToString("O"))}");
        future.ShouldBeEmpty();
        (await FieldErrorsAsync(await _admin.Client.GetAsync("/v1/system/audit-logs?cursor=abc", _ct))).Keys.ShouldBe(["cursor"]);
    }

    [Fact]
    public async Task Admin_edits_of_the_exercise_library_are_recorded()
    {
        var created = await _admin.Client.PostAsJsonAsync("/v1/exercises", new
        {
            slug = "audited-push-up",
            name = "Audited push-up",
            pattern = "horizontal-push",
            difficulty = 4,
            equipment = new[] { "parallettes" },
            primaryMuscles = new[] { "chest" },
            secondaryMuscles = Array.Empty<string>(),
            unit = "reps",
            perSide = false,
            bodyweightFraction = 0.7m,
            instructions = "Hands on parallettes, body straight, lower until the chest passes the hands and press back up.",
            cues = new[] { "Squeeze the handles", "Elbows at 45 degrees" },
            commonMistakes = new[] { "Sagging hips" },
        }, _ct);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync(_ct));
        var id = (await created.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(_ct)).GetProperty("id").GetGuid();

        var edit = await WaitForAsync(AuditActions.AdminEdit, id.ToString());
        edit.ActorId.ShouldBe(_admin.Id);
        edit.SubjectType.ShouldBe("exercise");
        edit.Summary.ShouldContain("audited-push-up");
    }

    [Fact]
    public async Task Members_are_refused_the_admin_endpoints()
    {
        var member = await _app.CreateUserAsync();
        (await member.Client.GetAsync("/v1/system/audit-logs", _ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await member.Client.GetAsync("/v1/system/migrations", _ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await _app.CreateClient().GetAsync("/v1/system/migrations", _ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Admins_see_each_modules_applied_and_pending_migrations()
    {
        var modules = (await _admin.Client.GetFromJsonAsync<List<ModuleMigrationsOut>>("/v1/system/migrations", _ct))!;

        modules.Select(m => m.Schema).ShouldBe(["coaching", "exercises", "gamification", "nutrition", "programming", "progress", "system", "users"], ignoreOrder: true);
        modules.ShouldAllBe(m => m.Applied.Count > 0 && m.Pending.Count == 0);
        modules.Single(m => m.Schema == "system").Applied.ShouldContain(name => name.EndsWith("_InitialSystem", StringComparison.Ordinal));
    }

    private sealed record ModuleMigrationsOut(string Schema, string DbContext, IReadOnlyList<string> Applied, IReadOnlyList<string> Pending);
}
