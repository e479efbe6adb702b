using System.Net;
using System.Text.Json;
using CaliFlow.IntegrationTests.Infrastructure;
using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace CaliFlow.IntegrationTests.Reliability;

/// <summary>
/// Admission control with room for one request at a time: a second request waits its turn while the queue has room, is turned
/// away at once with a 503 problem and Retry-After when it has none, and health checks are never held back.
/// </summary>
public sealed class AdmissionControlTests
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task With_every_place_taken_a_request_gets_503_overloaded_and_health_still_answers()
    {
        var held = new HeldRequest();
        await using var app = await StartAsync(held, queueLimit: 0);
        var user = await app.CreateUserAsync();

        var first = user.Client.GetAsync("/v1/probe/held", _ct);
        await held.Entered.Task.WaitAsync(_ct);

        using (var turnedAway = await user.Client.GetAsync("/v1/exercises", _ct))
        {
            turnedAway.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
            turnedAway.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromSeconds(1));
            turnedAway.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
            using var problem = JsonDocument.Parse(await turnedAway.Content.ReadAsStringAsync(_ct));
            problem.RootElement.GetProperty("code").GetString().ShouldBe("overloaded");
        }

        (await app.CreateClient().GetAsync("/health/live", _ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        held.Release.SetResult();
        (await first).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await user.Client.GetAsync("/v1/exercises", _ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_request_beyond_the_places_waits_in_the_queue_and_is_served_when_one_frees()
    {
        var held = new HeldRequest();
        await using var app = await StartAsync(held, queueLimit: 1);
        var user = await app.CreateUserAsync();
        (await user.Client.GetAsync("/v1/exercises", _ct)).StatusCode.ShouldBe(HttpStatusCode.OK); // warm: a few ms from now on

        var first = user.Client.GetAsync("/v1/probe/held", _ct);
        await held.Entered.Task.WaitAsync(_ct);
        var queued = user.Client.GetAsync("/v1/exercises", _ct);
        await Task.Delay(TimeSpan.FromMilliseconds(300), _ct);
        queued.IsCompleted.ShouldBeFalse(); // waiting, not refused

        held.Release.SetResult();
        (await first).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await queued).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static async Task<CaliFlowApp> StartAsync(HeldRequest held, int queueLimit)
    {
        var app = new CaliFlowApp(
            settings: new Dictionary<string, string?>
            {
                ["Admission:ConcurrentRequests"] = "1",
                ["Admission:QueueLimit"] = queueLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
            services: s =>
            {
                s.AddSingleton(held);
                s.AddSingleton<ICarterModule, HeldProbeEndpoint>();
            });
        await app.InitializeAsync(); // signs nobody in: a user is created afterwards, one request at a time
        return app;
    }

    /// <summary>A request that stays in flight until the test lets it go.</summary>
    private sealed class HeldRequest
    {
        public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    private sealed class HeldProbeEndpoint : ICarterModule
    {
        public void AddRoutes(IEndpointRouteBuilder app) =>
            app.MapGet("/probe/held", async ([FromServices] HeldRequest held) =>
            {
                held.Entered.TrySetResult();
                await held.Release.Task;
                return TypedResults.Ok();
            }).RequireAuthorization();
    }
}
