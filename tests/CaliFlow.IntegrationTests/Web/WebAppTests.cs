using System.Net;
using CaliFlow.IntegrationTests.Infrastructure;
using Shouldly;

namespace CaliFlow.IntegrationTests.Web;

/// <summary>One API on a real socket serving the built web app (web/dist) under /app, for the browser tests.</summary>
public sealed class WebAppHost : IAsyncLifetime
{
    public static readonly string WebFolder = Path.Combine(RepositoryTools.Root, "web");

    public CaliFlowApp App { get; } = new(settings: new Dictionary<string, string?>
    {
        ["WebApp:Folder"] = Path.Combine(WebFolder, "dist"),
    });

    public string BaseUrl => App.CreateClient().BaseAddress!.ToString().TrimEnd('/');

    public async ValueTask InitializeAsync()
    {
        App.UseKestrel(0);
        await App.InitializeAsync();
    }

    public ValueTask DisposeAsync() => App.DisposeAsync();
}

/// <summary>
/// The web app in Debian's Chromium, driven by playwright-core (web/tests): a new user's whole first session, the same
/// session with the network cut in the middle, the check-in, coach and settings, and the API's field errors beside their
/// fields; every main screen checked by axe-core (WCAG 2.1 A/AA) and for overflow at 360 px and desktop width. The test
/// command builds the app and installs Chromium first; screenshots of the main screens land in TestResults/screenshots.
/// </summary>
public sealed class WebAppTests(WebAppHost host) : IClassFixture<WebAppHost>
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private async Task<string> RunAsync(string script)
    {
        File.Exists(Path.Combine(WebAppHost.WebFolder, "dist", "index.html"))
            .ShouldBeTrue("the web app is not built: run `npm ci && npm run build` in web (scripts/test.sh does)");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(_ct);
        timeout.CancelAfter(TimeSpan.FromMinutes(5)); // generous: the run shares 2 cores with every other test project
        var (exitCode, output) = await RepositoryTools.RunAsync(
            WebAppHost.WebFolder,
            Path.Combine(WebAppHost.WebFolder, "node_modules", ".bin", "tsx"),
            [Path.Combine("tests", script)],
            new Dictionary<string, string>
            {
                ["CALIFLOW_BASE_URL"] = host.BaseUrl,
                ["CALIFLOW_SCREENSHOTS"] = Path.Combine(RepositoryTools.Root, "TestResults", "screenshots"),
            },
            timeout.Token);
        exitCode.ShouldBe(0, output);
        return output;
    }

    [Fact]
    public async Task A_new_user_signs_up_plans_trains_live_and_sees_it_in_progress() =>
        (await RunAsync("journey.ts")).ShouldContain("journey passed");

    [Fact]
    public async Task Sets_recorded_offline_reach_the_api_once_when_the_network_is_back() =>
        (await RunAsync("offline.ts")).ShouldContain("offline passed");

    [Fact]
    public async Task A_user_checks_in_asks_the_coach_and_changes_settings() =>
        (await RunAsync("coach-settings.ts")).ShouldContain("coach and settings passed");

    [Fact]
    public async Task An_invalid_input_shows_the_apis_field_error_next_to_its_field() =>
        (await RunAsync("field-errors.ts")).ShouldContain("field errors passed");

    [Fact]
    public async Task The_app_is_served_under_app_with_a_policy_that_allows_its_own_files_only()
    {
        using var client = new HttpClient { BaseAddress = new Uri(host.BaseUrl) };
        using var redirect = await client.GetAsync("/app", _ct);
        redirect.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/app/");

        using var page = await client.GetAsync("/app/", _ct);
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        page.Headers.CacheControl!.NoCache.ShouldBeTrue();
        var policy = page.Headers.GetValues("Content-Security-Policy").Single();
        policy.ShouldContain("script-src 'self';");
        policy.ShouldNotContain("unsafe-inline");

        var html = await page.Content.ReadAsStringAsync(_ct);
        var script = System.Text.RegularExpressions.Regex.Match(html, "/app/assets/[^\"]+\\.js").Value;
        using var asset = await client.GetAsync(script, _ct);
        asset.StatusCode.ShouldBe(HttpStatusCode.OK);
        asset.Headers.CacheControl!.ToString().ShouldContain("immutable");

        // The files are public; the API behind them is not. A file the app does not have is a 404, not the API's 401.
        (await client.GetAsync("/v1/workouts/today", _ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await client.GetAsync("/app/no-such-file.js", _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
