using System.Net;
using System.Text.RegularExpressions;
using CaliFlow.BuildingBlocks.Web;
using CaliFlow.IntegrationTests.Infrastructure;
using CaliFlow.IntegrationTests.OtherApps;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace CaliFlow.IntegrationTests.Host;

/// <summary>
/// Deny by default, proven over the whole route table: every route is listed below with what it asks of the caller (adding a
/// route, and above all an anonymous one, is a decision made here, in review); every route not anonymous answers 401 to a
/// caller without a token, every admin route 403 to a signed-in member, and every route not opened to personal access tokens 403
/// to a token holding every scope.
/// </summary>
public sealed partial class EndpointAuthorizationTests(CaliFlowApp app)
{
    private const string Anonymous = "anonymous";
    private const string SignedIn = "signed in";
    private const string Admin = "admin";

    private static string OrToken(string scope) => $"{SignedIn} or token {scope}";

    /// <summary>Every route and what it asks of the caller. A new route fails the first test until it is added here.</summary>
    private static readonly Dictionary<string, string> RouteRequirements = new(StringComparer.Ordinal)
    {
        ["DELETE /v{version:apiVersion}/calendar/feed"] = SignedIn,
        ["DELETE /v{version:apiVersion}/live/{id:guid}"] = OrToken("logs:write"),
        ["DELETE /v{version:apiVersion}/live/{id:guid}/changes/{exercise:maxlength(80)}"] = OrToken("logs:write"),
        ["DELETE /v{version:apiVersion}/live/{id:guid}/sets/{setId:guid}"] = OrToken("logs:write"),
        ["DELETE /v{version:apiVersion}/me"] = SignedIn,
        ["DELETE /v{version:apiVersion}/me/tokens/{id:guid}"] = SignedIn,
        ["DELETE /v{version:apiVersion}/meal-plans/{id:guid}"] = SignedIn,
        ["DELETE /v{version:apiVersion}/photos/{id:guid}"] = SignedIn,
        ["DELETE /v{version:apiVersion}/webhooks/{id:guid}"] = SignedIn,
        ["DELETE /v{version:apiVersion}/workout-logs/{id:guid}"] = OrToken("logs:write"),
        ["GET /docs/favicon.svg"] = Anonymous,
        ["GET /docs/scalar.aspnetcore.js"] = Anonymous,
        ["GET /docs/scalar.js"] = Anonymous,
        ["GET /docs/{documentName?}"] = Anonymous,
        ["GET /health/live"] = Anonymous,
        ["GET /health/ready"] = Anonymous,
        ["GET /openapi/{documentName}.json"] = Anonymous,
        ["GET /v{version:apiVersion}/achievements"] = SignedIn,
        ["GET /v{version:apiVersion}/activities"] = OrToken("logs:read"),
        ["GET /v{version:apiVersion}/assessments"] = SignedIn,
        ["GET /v{version:apiVersion}/assessments/{id:guid}"] = SignedIn,
        ["GET /v{version:apiVersion}/billing/payments"] = SignedIn,
        ["GET /v{version:apiVersion}/billing/sandbox/checkout/{sessionId:guid}"] = Anonymous,
        ["GET /v{version:apiVersion}/billing/subscription"] = SignedIn,
        ["GET /v{version:apiVersion}/calendar/{token:maxlength(60)}.ics"] = Anonymous,
        ["GET /v{version:apiVersion}/charts/bodyweight.svg"] = OrToken("metrics:read"),
        ["GET /v{version:apiVersion}/charts/exercises/{exercise:maxlength(80)}.svg"] = OrToken("logs:read"),
        ["GET /v{version:apiVersion}/charts/weekly-volume.svg"] = OrToken("logs:read"),
        ["GET /v{version:apiVersion}/check-ins"] = SignedIn,
        ["GET /v{version:apiVersion}/check-ins/due"] = SignedIn,
        ["GET /v{version:apiVersion}/check-ins/{id:guid}"] = SignedIn,
        ["GET /v{version:apiVersion}/coach/explanations/{exercise:maxlength(80)}"] = SignedIn,
        ["GET /v{version:apiVersion}/coach/messages"] = OrToken("coach:chat"),
        ["GET /v{version:apiVersion}/coach/weekly-summary"] = SignedIn,
        ["GET /v{version:apiVersion}/exercises"] = OrToken("library:read"),
        ["GET /v{version:apiVersion}/exercises/{idOrSlug:maxlength(80)}"] = OrToken("library:read"),
        ["GET /v{version:apiVersion}/exercises/{idOrSlug:maxlength(80)}/progressions"] = OrToken("library:read"),
        ["GET /v{version:apiVersion}/exports/workouts.csv"] = OrToken("logs:read"),
        ["GET /v{version:apiVersion}/foods"] = SignedIn,
        ["GET /v{version:apiVersion}/imports/{id:guid}"] = SignedIn,
        ["GET /v{version:apiVersion}/live/current"] = OrToken("logs:read"),
        ["GET /v{version:apiVersion}/live/{id:guid}"] = OrToken("logs:read"),
        ["GET /v{version:apiVersion}/live/{id:guid}/next"] = OrToken("logs:read"),
        ["GET /v{version:apiVersion}/me"] = SignedIn,
        ["GET /v{version:apiVersion}/me/achievements"] = OrToken("logs:read"),
        ["GET /v{version:apiVersion}/me/exercises"] = SignedIn,
        ["GET /v{version:apiVersion}/me/export"] = SignedIn,
        ["GET /v{version:apiVersion}/me/subscription"] = SignedIn,
        ["GET /v{version:apiVersion}/me/tokens"] = SignedIn,
        ["GET /v{version:apiVersion}/meal-plans"] = SignedIn,
        ["GET /v{version:apiVersion}/meal-plans/{id:guid}"] = SignedIn,
        ["GET /v{version:apiVersion}/metrics"] = OrToken("metrics:read"),
        ["GET /v{version:apiVersion}/movement-patterns"] = OrToken("library:read"),
        ["GET /v{version:apiVersion}/nutrition/plans"] = SignedIn,
        ["GET /v{version:apiVersion}/nutrition/preferences"] = SignedIn,
        ["GET /v{version:apiVersion}/nutrition/targets"] = SignedIn,
        ["GET /v{version:apiVersion}/photos"] = SignedIn,
        ["GET /v{version:apiVersion}/photos/{id:guid}"] = SignedIn,
        ["GET /v{version:apiVersion}/photos/{id:guid}/image"] = SignedIn,
        ["GET /v{version:apiVersion}/photos/{id:guid}/thumbnail"] = SignedIn,
        ["GET /v{version:apiVersion}/plans/current"] = OrToken("plans:read"),
        ["GET /v{version:apiVersion}/plans/current/sessions"] = OrToken("plans:read"),
        ["GET /v{version:apiVersion}/plans/{id:guid}"] = OrToken("plans:read"),
        ["GET /v{version:apiVersion}/progressions/path"] = OrToken("library:read"),
        ["GET /v{version:apiVersion}/progressions/status"] = OrToken("logs:read"),
        ["GET /v{version:apiVersion}/sessions/{id:guid}"] = OrToken("plans:read"),
        ["GET /v{version:apiVersion}/sessions/{id:guid}/comparison"] = OrToken("logs:read"),
        ["GET /v{version:apiVersion}/stats"] = OrToken("logs:read"),
        ["GET /v{version:apiVersion}/sync/changes"] = SignedIn, // it carries metrics and photos, which logs:read does not open
        ["GET /v{version:apiVersion}/system/audit-logs"] = Admin,
        ["GET /v{version:apiVersion}/system/migrations"] = Admin,
        ["GET /v{version:apiVersion}/webhooks"] = SignedIn,
        ["GET /v{version:apiVersion}/webhooks/{id:guid}/deliveries"] = SignedIn,
        ["GET /v{version:apiVersion}/workout-logs"] = OrToken("logs:read"),
        ["GET /v{version:apiVersion}/workout-logs/{id:guid}"] = OrToken("logs:read"),
        ["GET /v{version:apiVersion}/workout-logs/{id:guid}/health-connect"] = OrToken("logs:read"),
        ["GET /v{version:apiVersion}/workout-logs/{id:guid}/healthkit"] = OrToken("logs:read"),
        ["GET /v{version:apiVersion}/workouts/today"] = OrToken("plans:read"),
        ["PATCH /v{version:apiVersion}/me/profile"] = SignedIn,
        ["PATCH /v{version:apiVersion}/workout-logs/{id:guid}"] = OrToken("logs:write"),
        ["POST /mcp/"] = "access-token or token any scope",
        ["POST /v{version:apiVersion}/achievements"] = Admin,
        ["POST /v{version:apiVersion}/activities"] = OrToken("logs:write"),
        ["POST /v{version:apiVersion}/assessments"] = SignedIn,
        ["POST /v{version:apiVersion}/auth/forgot-password"] = Anonymous,
        ["POST /v{version:apiVersion}/auth/login"] = Anonymous,
        ["POST /v{version:apiVersion}/auth/logout"] = SignedIn,
        ["POST /v{version:apiVersion}/auth/refresh"] = Anonymous,
        ["POST /v{version:apiVersion}/auth/register"] = Anonymous,
        ["POST /v{version:apiVersion}/auth/reset-password"] = Anonymous,
        ["POST /v{version:apiVersion}/auth/verify-email"] = Anonymous,
        ["POST /v{version:apiVersion}/auth/verify-email/resend"] = SignedIn,
        ["POST /v{version:apiVersion}/billing/checkout"] = SignedIn,
        ["POST /v{version:apiVersion}/billing/sandbox/checkout/{sessionId:guid}"] = Anonymous,
        ["POST /v{version:apiVersion}/billing/sandbox/subscriptions/{subscriptionId:guid}/{action}"] = SignedIn,
        ["POST /v{version:apiVersion}/billing/subscription/cancel"] = SignedIn,
        ["POST /v{version:apiVersion}/billing/webhooks/{provider:maxlength(40)}"] = Anonymous,
        ["POST /v{version:apiVersion}/calendar/feed"] = SignedIn,
        ["POST /v{version:apiVersion}/check-ins"] = SignedIn,
        ["POST /v{version:apiVersion}/coach/messages"] = OrToken("coach:chat"),
        ["POST /v{version:apiVersion}/coach/messages/stream"] = OrToken("coach:chat"),
        ["POST /v{version:apiVersion}/exercises"] = Admin,
        ["POST /v{version:apiVersion}/exercises/{id:guid}/retire"] = Admin,
        ["POST /v{version:apiVersion}/imports"] = SignedIn,
        ["POST /v{version:apiVersion}/imports/{id:guid}/commit"] = SignedIn,
        ["POST /v{version:apiVersion}/live"] = OrToken("logs:write"),
        ["POST /v{version:apiVersion}/live/{id:guid}/finish"] = OrToken("logs:write"),
        ["POST /v{version:apiVersion}/me/exercises"] = SignedIn,
        ["POST /v{version:apiVersion}/me/password"] = SignedIn,
        ["POST /v{version:apiVersion}/me/tokens"] = SignedIn,
        ["POST /v{version:apiVersion}/meal-plans"] = SignedIn,
        ["POST /v{version:apiVersion}/metrics"] = OrToken("metrics:write"),
        ["POST /v{version:apiVersion}/nutrition/plans/recalculate"] = SignedIn,
        ["POST /v{version:apiVersion}/photos"] = SignedIn,
        ["POST /v{version:apiVersion}/plans"] = SignedIn,
        ["POST /v{version:apiVersion}/plans/{id:guid}/archive"] = SignedIn,
        ["POST /v{version:apiVersion}/progressions"] = Admin,
        ["POST /v{version:apiVersion}/progressions/{id:guid}/retire"] = Admin,
        ["POST /v{version:apiVersion}/sessions/{id:guid}/reschedule"] = SignedIn,
        ["POST /v{version:apiVersion}/sessions/{id:guid}/skip"] = SignedIn,
        ["POST /v{version:apiVersion}/sessions/{id:guid}/start"] = OrToken("logs:write"),
        ["POST /v{version:apiVersion}/sessions/{id:guid}/swap"] = SignedIn,
        ["POST /v{version:apiVersion}/webhooks"] = SignedIn,
        ["POST /v{version:apiVersion}/webhooks/{id:guid}/enable"] = SignedIn,
        ["POST /v{version:apiVersion}/workout-logs"] = OrToken("logs:write"),
        ["POST /v{version:apiVersion}/workout-logs/sync"] = OrToken("logs:write"),
        ["PUT /v{version:apiVersion}/achievements/{code:maxlength(60)}"] = Admin,
        ["PUT /v{version:apiVersion}/exercises/{idOrSlug:maxlength(80)}"] = Admin,
        ["PUT /v{version:apiVersion}/live/{id:guid}/changes/{exercise:maxlength(80)}"] = OrToken("logs:write"),
        ["PUT /v{version:apiVersion}/live/{id:guid}/sets/{setId:guid}"] = OrToken("logs:write"),
        ["PUT /v{version:apiVersion}/meal-plans/{id:guid}"] = SignedIn,
        ["PUT /v{version:apiVersion}/nutrition/preferences"] = SignedIn,
        ["PUT /v{version:apiVersion}/progressions/{id:guid}"] = Admin,
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
        var requirement = named.Count > 0 ? string.Join(" + ", named) : SignedIn;
        return endpoint.Metadata.GetMetadata<AccessTokenScopeMetadata>() is { } token
            ? $"{requirement} or token {token.Scope ?? "any scope"}"
            : requirement;
    }

    [Fact]
    public async Task Every_route_open_to_a_scope_refuses_a_token_with_every_other_scope_and_serves_one_with_only_that_scope()
    {
        var user = await app.CreateUserAsync();
        var open = Routes().Where(r => r.Endpoint.Metadata.GetMetadata<AccessTokenScopeMetadata>() is { Scope: not null }).ToList();
        open.Count.ShouldBe(RouteRequirements.Count(r => r.Value.StartsWith(OrToken(""), StringComparison.Ordinal)));

        var wrong = new List<string>();
        foreach (var scope in TokenScopes.All)
        {
            var only = app.Authorized((await user.CreateTokenAsync(scope)).Token);
            var others = app.Authorized((await user.CreateTokenAsync([.. TokenScopes.All.Where(s => s != scope)])).Token);
            foreach (var route in open.Where(r => r.Endpoint.Metadata.GetMetadata<AccessTokenScopeMetadata>()!.Scope == scope))
            {
                using var refused = await others.SendAsync(RequestFor(route), _ct);
                using var served = await only.SendAsync(RequestFor(route), _ct);
                if (refused.StatusCode != HttpStatusCode.Forbidden || served.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized)
                {
                    wrong.Add($"{Describe(route)} ({scope}) → without it {(int)refused.StatusCode}, with only it {(int)served.StatusCode}");
                }
            }
        }

        wrong.ShouldBeEmpty();
    }

    [Fact]
    public async Task Every_route_closed_to_access_tokens_answers_403_to_a_token_with_every_scope()
    {
        var user = await app.CreateUserAsync();
        var token = app.Authorized((await user.CreateTokenAsync([.. TokenScopes.All])).Token);
        var closed = Routes().Where(r => r.Endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null &&
                                         r.Endpoint.Metadata.GetMetadata<AccessTokenScopeMetadata>() is null).ToList();
        closed.Count.ShouldBe(RouteRequirements.Count(r => r.Value != Anonymous && !r.Value.Contains(" or token ", StringComparison.Ordinal)));

        var open = new List<string>();
        foreach (var route in closed)
        {
            using var response = await token.SendAsync(RequestFor(route), _ct);
            // The middleware's own refusal, not an admin policy's or the endpoint's 403.
            if (response.StatusCode != HttpStatusCode.Forbidden ||
                !(await response.Content.ReadAsStringAsync(_ct)).Contains("Personal access tokens cannot use this route", StringComparison.Ordinal))
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

    private static HttpRequestMessage RequestFor((string Method, RouteEndpoint Endpoint) route)
    {
        var request = new HttpRequestMessage(new HttpMethod(route.Method), Concrete(route.Endpoint.RoutePattern.RawText!));
        if (route.Method is "POST" or "PUT" or "PATCH")
        {
            request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");
        }

        return request;
    }

    // A path that matches the pattern: the version becomes 1, ids fresh UUIDs, numbers 1, dates a day, anything else a word.
    private static string Concrete(string pattern) => Parameter().Replace(pattern, m => m.Groups["constraint"].Value switch
    {
        var c when c.Contains("apiVersion", StringComparison.Ordinal) => "1",
        var c when c.Contains("guid", StringComparison.Ordinal) => Guid.NewGuid().ToString(),
        var c when c.Contains("int", StringComparison.Ordinal) || c.Contains("long", StringComparison.Ordinal) => "1",
        var c when c.Contains("datetime", StringComparison.Ordinal) => "2026-01-01",
        _ => "x",
    });

    [GeneratedRegex(@"\{\**(?<name>[^}:=?]+)(?<constraint>:[^}?=]*)?[^}]*\}")]
    private static partial Regex Parameter();
}
