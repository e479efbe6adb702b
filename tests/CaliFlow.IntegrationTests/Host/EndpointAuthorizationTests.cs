using System.Net;
using System.Text.RegularExpressions;
using CaliFlow.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace CaliFlow.IntegrationTests.Host;

/// <summary>
/// Deny by default, proven over the whole route table: the anonymous routes are exactly the list below (adding one is a
/// decision made here, in review), and every other route answers 401 to a caller without a token.
/// </summary>
public sealed partial class EndpointAuthorizationTests(CaliFlowApp app)
{
    private static readonly string[] AnonymousRoutes =
    [
        "GET /health/live",
        "GET /health/ready",
        "GET /openapi/{documentName}.json",
        "GET /docs/{documentName?}",
        "GET /docs/favicon.svg",
        "GET /docs/scalar.aspnetcore.js",
        "GET /docs/scalar.js",
        "POST /auth/register",
        "POST /auth/login",
        "POST /auth/refresh",
        "POST /auth/verify-email",
        "POST /auth/forgot-password",
        "POST /auth/reset-password",
        "GET /billing/sandbox/checkout/{sessionId:guid}",
        "POST /billing/sandbox/checkout/{sessionId:guid}",
        "POST /billing/webhooks/{provider}",
    ];

    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private IReadOnlyList<(string Method, RouteEndpoint Endpoint)> Routes() =>
    [
        .. app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (m, e))),
    ];

    private static string Describe((string Method, RouteEndpoint Endpoint) route) =>
        $"{route.Method} {route.Endpoint.RoutePattern.RawText}";

    [Fact]
    public void Only_the_listed_routes_are_anonymous()
    {
        var anonymous = Routes().Where(r => r.Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null).Select(Describe).Order().ToList();

        anonymous.ShouldBe(AnonymousRoutes.Order().ToList(), ignoreOrder: true);
    }

    [Fact]
    public async Task Every_other_route_answers_401_without_a_token()
    {
        var client = app.CreateClient();
        var protectedRoutes = Routes().Where(r => r.Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null).ToList();
        protectedRoutes.Count.ShouldBeGreaterThan(80);

        var open = new List<string>();
        foreach (var route in protectedRoutes)
        {
            using var request = new HttpRequestMessage(new HttpMethod(route.Method), Concrete(route.Endpoint.RoutePattern.RawText!));
            if (route.Method is "POST" or "PUT" or "PATCH")
            {
                request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
            }

            using var response = await client.SendAsync(request, _ct);
            if (response.StatusCode != HttpStatusCode.Unauthorized)
            {
                open.Add($"{Describe(route)} → {(int)response.StatusCode}");
            }
        }

        open.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_route_that_does_not_exist_is_not_served_to_anonymous_callers()
    {
        (await app.CreateClient().GetAsync("/no/such/route", _ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    // A path that matches the pattern: ids become fresh UUIDs, numbers 1, dates a day, anything else a word.
    private static string Concrete(string pattern) => Parameter().Replace(pattern, m => m.Groups["constraint"].Value switch
    {
        var c when c.Contains("guid", StringComparison.Ordinal) => Guid.NewGuid().ToString(),
        var c when c.Contains("int", StringComparison.Ordinal) || c.Contains("long", StringComparison.Ordinal) => "1",
        var c when c.Contains("datetime", StringComparison.Ordinal) => "2026-01-01",
        _ => "x",
    });

    [GeneratedRegex(@"\{\**(?<name>[^}:=?]+)(?<constraint>:[^}?=]*)?[^}]*\}")]
    private static partial Regex Parameter();
}
