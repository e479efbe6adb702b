using System.Net;
using System.Net.Http.Json;
using CaliFlow.IntegrationTests.Infrastructure;
using CaliFlow.Modules.Users.Contracts;
using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace CaliFlow.IntegrationTests.Users;

/// <summary>The premium and admin policies other modules will put on their endpoints, exercised through probe endpoints (mapped, like every module endpoint, under /v1).</summary>
public sealed class PolicyTests : IAsyncLifetime
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private readonly CaliFlowApp _app = new(services: s => s.AddSingleton<ICarterModule, PolicyProbeEndpoints>());

    public ValueTask InitializeAsync() => _app.InitializeAsync();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task Premium_features_are_403_with_a_reason_for_free_users_and_open_once_upgraded()
    {
        var user = await _app.CreateUserAsync();

        var free = await user.Client.GetAsync("/v1/probe/premium", _ct);
        free.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        free.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await free.Content.ReadAsStringAsync(_ct)).ShouldContain("premium subscription");

        // Payments (Platform module) will upgrade through an event; here the row is changed directly and the cache cleared as
        // that handler will do.
        await _app.ExecuteAsync(
            "UPDATE users.subscriptions SET plan = 'Premium', current_period_ends_at = now() + interval '30 days' WHERE user_id = $1",
            user.Id);
        await ClearCachedSubscription(user.Id);

        (await user.Client.GetAsync("/v1/probe/premium", _ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await user.Client.GetFromJsonAsync<PlanOnly>("/v1/me/subscription", _ct))!.Plan.ShouldBe("premium");
    }

    [Fact]
    public async Task A_lapsed_premium_period_reads_as_free()
    {
        var user = await _app.CreateUserAsync();
        await _app.ExecuteAsync(
            "UPDATE users.subscriptions SET plan = 'Premium', current_period_ends_at = now() - interval '1 day' WHERE user_id = $1",
            user.Id);
        await ClearCachedSubscription(user.Id);

        (await user.Client.GetAsync("/v1/probe/premium", _ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await user.Client.GetFromJsonAsync<PlanOnly>("/v1/me/subscription", _ct))!.Plan.ShouldBe("free");
    }

    [Fact]
    public async Task Admin_endpoints_are_403_for_members_and_open_to_configured_admins()
    {
        var member = await _app.CreateUserAsync();
        (await member.Client.GetAsync("/v1/probe/admin", _ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var admin = await _app.CreateAdminAsync();
        (await admin.Client.GetAsync("/v1/probe/admin", _ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private async Task ClearCachedSubscription(Guid userId)
    {
        var cache = _app.Services.GetRequiredService<Microsoft.Extensions.Caching.Hybrid.HybridCache>();
        await cache.RemoveAsync($"users:subscription:{userId}", _ct);
    }

    private sealed record PlanOnly(string Plan);

    private sealed class PolicyProbeEndpoints : ICarterModule
    {
        public void AddRoutes(IEndpointRouteBuilder app)
        {
            app.MapGet("/probe/premium", () => TypedResults.Ok()).RequireAuthorization(UsersPolicies.Premium);
            app.MapGet("/probe/admin", () => TypedResults.Ok()).RequireAuthorization(UsersPolicies.Admin);
        }
    }
}
