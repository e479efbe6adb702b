using System.Net;
using System.Net.Http.Json;
using CaliFlow.IntegrationTests.Infrastructure;
using Shouldly;

namespace CaliFlow.IntegrationTests.Host;

/// <summary>
/// What a deployment outside Development must not give away: free premium through the sandbox payment provider, the API
/// description; and what every response carries: the security headers.
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

        var checkout = await user.Client.PostAsJsonAsync("/billing/checkout", new { plan = "monthly" }, _ct);
        checkout.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        (await checkout.Content.ReadAsStringAsync(_ct)).ShouldContain("billing_unavailable");
        (await app.CreateClient().GetAsync($"/billing/sandbox/checkout/{Guid.NewGuid()}", _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.CreateClient().PostAsync("/billing/webhooks/sandbox", JsonContent.Create(new { id = "evt_1" }), _ct))
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

        (await user.Client.PostAsJsonAsync("/billing/checkout", new { plan = "monthly" }, _ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.CreateClient().GetAsync("/openapi/v1.json", _ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/me")] // a 401 problem
    [InlineData("/exercises")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        using var response = await shared.CreateClient().GetAsync(path, _ct);

        response.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        response.Headers.GetValues("X-Frame-Options").ShouldBe(["DENY"]);
        response.Headers.GetValues("Referrer-Policy").ShouldBe(["no-referrer"]);
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldStartWith("default-src 'none'");
    }
}
