using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaliFlow.IntegrationTests.Infrastructure;
using Shouldly;

namespace CaliFlow.IntegrationTests.Host;

/// <summary>
/// What a deployment outside Development must not give away: free premium through the sandbox payment provider, the API
/// description; and what every response carries: the security headers. The sandbox's checkout is shown 404 in Production with
/// a checkout that exists: made by a host in the tests' environment, asked for through another host over the same database.
/// </summary>
public sealed class DeploymentSafetyTests(CaliFlowApp shared)
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Outside_development_the_sandbox_and_the_docs_are_off_unless_enabled()
    {
        await using var app = new CaliFlowApp(environment: "Staging");
        await app.InitializeAsync();
        var user = await app.CreateUserAsync();

        var checkout = await user.Client.PostAsJsonAsync("/v1/billing/checkout", new { plan = "monthly" }, _ct);
        checkout.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        (await checkout.Content.ReadAsStringAsync(_ct)).ShouldContain("billing_unavailable");
        (await app.CreateClient().GetAsync($"/v1/billing/sandbox/checkout/{Guid.NewGuid()}", _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.CreateClient().PostAsync("/v1/billing/webhooks/sandbox", JsonContent.Create(new { id = "evt_1" }), _ct))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await user.Client.GetAsync("/openapi/v1.json", _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await user.Client.GetAsync("/docs", _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Outside_development_the_sandbox_and_the_docs_can_be_enabled_explicitly()
    {
        await using var app = new CaliFlowApp(environment: "Staging", settings: new Dictionary<string, string?>
        {
            ["Billing:Sandbox:AllowOutsideDevelopment"] = "true",
            ["Docs:Enabled"] = "true",
        });
        await app.InitializeAsync();
        var user = await app.CreateUserAsync();

        (await user.Client.PostAsJsonAsync("/v1/billing/checkout", new { plan = "monthly" }, _ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.CreateClient().GetAsync("/openapi/v1.json", _ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task In_production_the_sandbox_checkout_page_and_its_answer_are_404_though_the_checkout_exists()
    {
        await using var testing = new CaliFlowApp();
        await testing.InitializeAsync();
        var page = await SandboxCheckoutPageAsync(testing);
        (await testing.CreateClient().GetAsync(page, _ct)).StatusCode.ShouldBe(HttpStatusCode.OK); // served where the tests run

        // Production over the same database: the checkout is there, but the sandbox must not hand out premium.
        await using var production = new CaliFlowApp(database: testing.Database, environment: "Production", dropDatabaseOnDispose: false);
        await production.InitializeAsync();
        (await production.CreateClient().GetAsync(page, _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await production.CreateClient().PostAsync($"{page}?outcome=pay", null, _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // The 404s were production's doing: the checkout was still open to pay.
        (await testing.CreateClient().PostAsync($"{page}?outcome=pay", null, _ct)).StatusCode.ShouldBe(HttpStatusCode.Accepted);
    }

    [Fact]
    public async Task In_development_the_sandbox_checkout_page_and_its_answer_are_served()
    {
        await using var testing = new CaliFlowApp();
        await testing.InitializeAsync();
        var page = await SandboxCheckoutPageAsync(testing);

        await using var development = new CaliFlowApp(database: testing.Database, environment: "Development", dropDatabaseOnDispose: false);
        await development.InitializeAsync();
        (await development.CreateClient().GetStringAsync(page, _ct)).ShouldContain("Pay 9.99 EUR");
        (await development.CreateClient().PostAsync($"{page}?outcome=pay", null, _ct)).StatusCode.ShouldBe(HttpStatusCode.Accepted);
    }

    /// <summary>Starts a monthly sandbox checkout for a new user; returns the path of its hosted page.</summary>
    private async Task<string> SandboxCheckoutPageAsync(CaliFlowApp app)
    {
        var user = await app.CreateUserAsync();
        var checkout = await user.Client.PostAsJsonAsync("/v1/billing/checkout", new { plan = "monthly" }, _ct);
        checkout.StatusCode.ShouldBe(HttpStatusCode.OK, await checkout.Content.ReadAsStringAsync(_ct));
        var url = (await checkout.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("checkoutUrl").GetString()!;
        return new Uri(url).AbsolutePath;
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/v1/me")] // a 401 problem
    [InlineData("/v1/exercises")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        using var response = await shared.CreateClient().GetAsync(path, _ct);

        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        response.Headers.GetValues("X-Frame-Options").ShouldBe(["DENY"]);
        response.Headers.GetValues("Referrer-Policy").ShouldBe(["no-referrer"]);
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldStartWith("default-src 'none'");
    }
}
