using System.Net;
using System.Net.Http.Json;
using CaliFlow.IntegrationTests.Infrastructure;
using CaliFlow.Modules.Users;
using Shouldly;

namespace CaliFlow.IntegrationTests.Users;

/// <summary>
/// Admins are made only by the operator's audited command, never by an email address: whoever registers an address first
/// must not become admin by it, nor by the command before the address is verified. Revoking takes the role away and ends the
/// account's sessions.
/// </summary>
public sealed class AdminRoleTests : IAsyncLifetime
{
    private const string FormerlyConfiguredAdmin = "boss@califlow.test";
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    // The removed Users:AdminEmails setting, still present in an old deployment's configuration, must give nothing.
    private readonly CaliFlowApp _app = new(settings: new Dictionary<string, string?> { ["Users:AdminEmails:0"] = FormerlyConfiguredAdmin });

    public ValueTask InitializeAsync() => _app.InitializeAsync();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task An_email_address_in_configuration_does_not_make_an_admin()
    {
        var squatter = await _app.CreateUserAsync(FormerlyConfiguredAdmin);

        (await squatter.Client.GetAsync("/v1/system/audit-logs", _ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await _app.ScalarAsync<string>("SELECT role FROM users.users WHERE id = $1", squatter.Id)).ShouldBe("member");
    }

    [Fact]
    public async Task The_admin_command_refuses_an_account_whose_email_is_not_verified()
    {
        var user = await _app.CreateUserAsync();
        var output = new StringWriter();

        (await _app.Services.RunAdminCommandAsync(["grant", user.Email], output)).ShouldBe(1);

        output.ToString().ShouldContain("not verified");
        (await _app.ScalarAsync<string>("SELECT role FROM users.users WHERE id = $1", user.Id)).ShouldBe("member");
        await _app.VerifyEmailAsync(user);
        (await _app.Services.RunAdminCommandAsync(["grant", user.Email], TextWriter.Null)).ShouldBe(0);
        (await _app.ScalarAsync<string>("SELECT role FROM users.users WHERE id = $1", user.Id)).ShouldBe("admin");
    }

    [Fact]
    public async Task The_admin_command_grants_and_revokes_the_role_audits_both_and_revoking_ends_sessions()
    {
        var user = await _app.CreateUserAsync();
        await _app.VerifyEmailAsync(user);
        var output = new StringWriter();

        (await _app.Services.RunAdminCommandAsync(["grant", user.Email.ToUpperInvariant()], output)).ShouldBe(0);
        output.ToString().ShouldContain("is now admin");
        var admin = _app.Authorized((await _app.LoginAsync(user.Email, user.Password)).AccessToken);
        (await admin.GetAsync("/v1/system/audit-logs", _ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await _app.Services.RunAdminCommandAsync(["grant", user.Email], TextWriter.Null)).ShouldBe(0); // already: harmless

        var session = await _app.LoginAsync(user.Email, user.Password);
        (await _app.Services.RunAdminCommandAsync(["revoke", user.Email], TextWriter.Null)).ShouldBe(0);
        (await _app.CreateClient().PostAsJsonAsync("/v1/auth/refresh", new { refreshToken = session.RefreshToken }, _ct))
            .StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var member = _app.Authorized((await _app.LoginAsync(user.Email, user.Password)).AccessToken);
        (await member.GetAsync("/v1/system/audit-logs", _ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var reviewer = await _app.CreateAdminAsync();
        await Platform.PlatformTestHelpers.Eventually(async () =>
        {
            var page = await reviewer.Client.GetFromJsonAsync<Platform.AuditLogPageOut>("/v1/system/audit-logs?action=user.role_changed", _ct);
            var changes = page!.Items.Where(i => i.SubjectId == user.Id.ToString()).ToList();
            return changes.Count == 2 && changes.All(c => c.ActorId is null) &&
                   changes.Any(c => c.Summary.Contains("to admin", StringComparison.Ordinal)) &&
                   changes.Any(c => c.Summary.Contains("to member", StringComparison.Ordinal));
        });
    }

    [Theory]
    [InlineData("grant", "nobody-here@califlow.test")]
    [InlineData("promote", "someone@califlow.test")]
    [InlineData("grant", "not an email")]
    public async Task The_admin_command_fails_for_unknown_accounts_and_bad_arguments(string verb, string email)
    {
        var output = new StringWriter();

        (await _app.Services.RunAdminCommandAsync([verb, email], output)).ShouldBe(1);
        output.ToString().ShouldNotBeEmpty();
    }
}
