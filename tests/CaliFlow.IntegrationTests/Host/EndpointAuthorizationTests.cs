using System.Net;
using System.Text.RegularExpressions;
using CaliFlow.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace CaliFlow.IntegrationTests.Host;

/// <summary>
/// Deny by default, proven over the whole route table: every route is listed below with what it asks of the caller (adding a
/// route, and above all an anonymous one, is a decision made here, in review); every route not anonymous answers 401 to a
/// caller without a token, and every admin route 403 to a signed-in member.
/// </summary>
public sealed partial class EndpointAuthorizationTests(CaliFlowApp app)
{
    private const string Anonymous = "anonymous";
    private const string SignedIn = "signed in";
    private const string Admin = "admin";

    /// <summary>Every route and what it asks of the caller. A new route fails the first test until it is added here.</summary>
    private static readonly Dictionary<string, string> RouteRequirements = new(StringComparer.Ordinal)
    {
        ["DELETE /me"] = SignedIn,
        ["DELETE /meal-plans/{id:guid}"] = SignedIn,
        ["DELETE /photos/{id:guid}"] = SignedIn,
        ["DELETE /webhooks/{id:guid}"] = SignedIn,
        ["DELETE /workout-logs/{id:guid}"] = SignedIn,
        ["GET /achievements"] = SignedIn,
        ["GET /assessments/{id:guid}"] = SignedIn,
        ["GET /assessments"] = SignedIn,
        ["GET /billing/payments"] = SignedIn,
        ["GET /billing/sandbox/checkout/{sessionId:guid}"] = Anonymous,
        ["GET /billing/subscription"] = SignedIn,
        ["GET /charts/bodyweight.svg"] = SignedIn,
        ["GET /charts/exercises/{exercise:maxlength(80)}.svg"] = SignedIn,
        ["GET /charts/weekly-volume.svg"] = SignedIn,
        ["GET /check-ins/{id:guid}"] = SignedIn,
        ["GET /check-ins/due"] = SignedIn,
        ["GET /check-ins"] = SignedIn,
        ["GET /coach/explanations/{exercise:maxlength(80)}"] = SignedIn,
        ["GET /coach/messages"] = SignedIn,
        ["GET /coach/weekly-summary"] = SignedIn,
        ["GET /docs/{documentName?}"] = Anonymous,
        ["GET /docs/favicon.svg"] = Anonymous,
        ["GET /docs/scalar.aspnetcore.js"] = Anonymous,
        ["GET /docs/scalar.js"] = Anonymous,
        ["GET /exercises/{idOrSlug:maxlength(80)}/progressions"] = SignedIn,
        ["GET /exercises/{idOrSlug:maxlength(80)}"] = SignedIn,
        ["GET /exercises"] = SignedIn,
        ["GET /foods"] = SignedIn,
        ["GET /health/live"] = Anonymous,
        ["GET /health/ready"] = Anonymous,
        ["GET /me/achievements"] = SignedIn,
        ["GET /me/export"] = SignedIn,
        ["GET /me/subscription"] = SignedIn,
        ["GET /me"] = SignedIn,
        ["GET /meal-plans/{id:guid}"] = SignedIn,
        ["GET /meal-plans"] = SignedIn,
        ["GET /metrics"] = SignedIn,
        ["GET /movement-patterns"] = SignedIn,
        ["GET /nutrition/plans"] = SignedIn,
        ["GET /nutrition/preferences"] = SignedIn,
        ["GET /nutrition/targets"] = SignedIn,
        ["GET /openapi/{documentName}.json"] = Anonymous,
        ["GET /photos/{id:guid}/image"] = SignedIn,
        ["GET /photos/{id:guid}/thumbnail"] = SignedIn,
        ["GET /photos/{id:guid}"] = SignedIn,
        ["GET /photos"] = SignedIn,
        ["GET /plans/{id:guid}"] = SignedIn,
        ["GET /plans/current/sessions"] = SignedIn,
        ["GET /plans/current"] = SignedIn,
        ["GET /progressions/path"] = SignedIn,
        ["GET /progressions/status"] = SignedIn,
        ["GET /sessions/{id:guid}/comparison"] = SignedIn,
        ["GET /sessions/{id:guid}"] = SignedIn,
        ["GET /stats"] = SignedIn,
        ["GET /sync/changes"] = SignedIn,
        ["GET /system/audit-logs"] = Admin,
        ["GET /system/migrations"] = Admin,
        ["GET /webhooks/{id:guid}/deliveries"] = SignedIn,
        ["GET /webhooks"] = SignedIn,
        ["GET /workout-logs/{id:guid}"] = SignedIn,
        ["GET /workout-logs"] = SignedIn,
        ["GET /workouts/today"] = SignedIn,
        ["PATCH /me/profile"] = SignedIn,
        ["PATCH /workout-logs/{id:guid}"] = SignedIn,
        ["POST /achievements"] = Admin,
        ["POST /assessments"] = SignedIn,
        ["POST /auth/forgot-password"] = Anonymous,
        ["POST /auth/login"] = Anonymous,
        ["POST /auth/logout"] = SignedIn,
        ["POST /auth/refresh"] = Anonymous,
        ["POST /auth/register"] = Anonymous,
        ["POST /auth/reset-password"] = Anonymous,
        ["POST /auth/verify-email/resend"] = SignedIn,
        ["POST /auth/verify-email"] = Anonymous,
        ["POST /billing/checkout"] = SignedIn,
        ["POST /billing/sandbox/checkout/{sessionId:guid}"] = Anonymous,
        ["POST /billing/sandbox/subscriptions/{subscriptionId:guid}/{action}"] = SignedIn,
        ["POST /billing/subscription/cancel"] = SignedIn,
        ["POST /billing/webhooks/{provider:maxlength(40)}"] = Anonymous,
        ["POST /check-ins"] = SignedIn,
        ["POST /coach/messages/stream"] = SignedIn,
        ["POST /coach/messages"] = SignedIn,
        ["POST /exercises/{id:guid}/retire"] = Admin,
        ["POST /exercises"] = Admin,
        ["POST /me/password"] = SignedIn,
        ["POST /meal-plans"] = SignedIn,
        ["POST /metrics"] = SignedIn,
        ["POST /nutrition/plans/recalculate"] = SignedIn,
        ["POST /photos"] = SignedIn,
        ["POST /plans/{id:guid}/archive"] = SignedIn,
        ["POST /plans"] = SignedIn,
        ["POST /progressions/{id:guid}/retire"] = Admin,
        ["POST /progressions"] = Admin,
        ["POST /sessions/{id:guid}/reschedule"] = SignedIn,
        ["POST /sessions/{id:guid}/skip"] = SignedIn,
        ["POST /sessions/{id:guid}/swap"] = SignedIn,
        ["POST /webhooks/{id:guid}/enable"] = SignedIn,
        ["POST /webhooks"] = SignedIn,
        ["POST /workout-logs/sync"] = SignedIn,
        ["POST /workout-logs"] = SignedIn,
        ["PUT /achievements/{code:maxlength(60)}"] = Admin,
        ["PUT /exercises/{idOrSlug:maxlength(80)}"] = Admin,
        ["PUT /meal-plans/{id:guid}"] = SignedIn,
        ["PUT /nutrition/preferences"] = SignedIn,
        ["PUT /progressions/{id:guid}"] = Admin,
    };

    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private IReadOnlyList<(string Method, RouteEndpoint Endpoint)> Routes() =>
    [
        .. app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (m, e))),
    ];

    private static string Describe((string Method, RouteEndpoint Endpoint) route) =>
        $"{route.Method} {route.Endpoint.RoutePattern.RawText}";

    [Fact]
    public void Every_route_asks_what_the_table_says_and_no_route_is_missing_from_it()
    {
        var actual = Routes().Select(r => $"{Describe(r)} → {Requirement(r.Endpoint)}").Order(StringComparer.Ordinal).ToList();

        actual.ShouldBe(RouteRequirements.Select(r => $"{r.Key} → {r.Value}").Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public async Task Every_other_route_answers_401_without_a_token()
    {
        var client = app.CreateClient();
        var protectedRoutes = Routes().Where(r => r.Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null).ToList();
        protectedRoutes.Count.ShouldBe(RouteRequirements.Count(r => r.Value != Anonymous));

        var open = new List<string>();
        foreach (var route in protectedRoutes)
        {
            using var response = await client.SendAsync(RequestFor(route), _ct);
            if (response.StatusCode != HttpStatusCode.Unauthorized)
            {
                open.Add($"{Describe(route)} → {(int)response.StatusCode}");
            }
        }

        open.ShouldBeEmpty();
    }

    [Fact]
    public async Task Admin_routes_answer_403_to_a_signed_in_member()
    {
        var member = await app.CreateUserAsync();
        var adminRoutes = Routes().Where(r => RouteRequirements[Describe(r)] == Admin).ToList();
        adminRoutes.Count.ShouldBe(RouteRequirements.Count(r => r.Value == Admin));

        var served = new List<string>();
        foreach (var route in adminRoutes)
        {
            using var response = await member.Client.SendAsync(RequestFor(route), _ct);
            if (response.StatusCode != HttpStatusCode.Forbidden)
            {
                served.Add($"{Describe(route)} → {(int)response.StatusCode}");
            }
        }

        served.ShouldBeEmpty();
    }

    /// <summary>
    /// What the endpoint's metadata asks for: anonymous, the named policies (or roles), or, with none named, the fallback
    /// policy's signed-in user.
    /// </summary>
    private static string Requirement(RouteEndpoint endpoint)
    {
        if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
        {
            return Anonymous;
        }

        var authorize = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>();
        var named = authorize.Select(a => a.Policy)
            .Concat(authorize.Select(a => a.Roles is null ? null : $"role {a.Roles}"))
            .OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        return named.Count > 0 ? string.Join(" + ", named) : SignedIn;
    }

    [Fact]
    public async Task A_route_that_does_not_exist_is_not_served_to_anonymous_callers()
    {
        (await app.CreateClient().GetAsync("/no/such/route", _ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private static HttpRequestMessage RequestFor((string Method, RouteEndpoint Endpoint) route)
    {
        var request = new HttpRequestMessage(new HttpMethod(route.Method), Concrete(route.Endpoint.RoutePattern.RawText!));
        if (route.Method is "POST" or "PUT" or "PATCH")
        {
            request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        }

        return request;
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
