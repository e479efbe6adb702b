using System.Net;
using System.Text.RegularExpressions;
using CaliFlow.IntegrationTests.Infrastructure;
using Shouldly;

namespace CaliFlow.IntegrationTests.Email;

/// <summary>
/// <c>/dev/mail</c> lists what the folder sender kept, with the links in each message, in Development only: the messages hold
/// live verification and reset links of every account.
/// </summary>
public sealed partial class DevelopmentMailPageTests : IAsyncLifetime
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private readonly CaliFlowApp _app = new(
        settings: new Dictionary<string, string?> { ["Logging:LogLevel:CaliFlow"] = "Warning" },
        environment: "Development");

    public ValueTask InitializeAsync() => _app.InitializeAsync();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task In_development_the_page_lists_the_kept_messages_with_their_links()
    {
        var user = await _app.CreateUserAsync();
        var mail = await _app.WaitForMailAsync(user.Email, "Confirm your email address");
        var client = _app.CreateClient();

        var page = await client.GetStringAsync("/dev/mail", _ct);

        page.ShouldContain("Confirm your email address for CaliFlow");
        page.ShouldContain(user.Email);
        page.ShouldContain($"href=\"http://localhost:5080/verify-email?token={mail.Token}\"");
        var message = MessageLink().Match(page).Groups[1].Value;
        var shown = await client.GetAsync($"/dev/mail/{message}", _ct);
        shown.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await shown.Content.ReadAsStringAsync(_ct)).ShouldContain(mail.Token);
        (await client.GetAsync("/dev/mail/..%2Fsecrets.eml", _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync("/dev/mail/nothing-here.eml", _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [GeneratedRegex("href=\"/dev/mail/([^\"]+\\.eml)\"")]
    private static partial Regex MessageLink();
}

/// <summary>Outside Development the page does not exist.</summary>
public sealed class DevelopmentMailPageAbsentTests(CaliFlowApp app)
{
    [Fact]
    public async Task Outside_development_the_page_is_not_found()
    {
        var user = await app.CreateUserAsync();

        (await user.Client.GetAsync("/dev/mail", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
