using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaliFlow.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Shouldly;
using static CaliFlow.IntegrationTests.Coaching.CoachingTestHelpers;

namespace CaliFlow.IntegrationTests.Coaching;

/// <summary>
/// Daily allowances by plan and the per-minute burst limit, counted in PostgreSQL on the app's clock, with the embedded coach
/// (the rules are the same for a model: <see cref="CoachProviderAllowanceTests"/>).
/// </summary>
public sealed class CoachAllowanceTests : IAsyncLifetime
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(DateTime.UtcNow.Date.AddHours(10), TimeSpan.Zero));
    private readonly CaliFlowApp _app;

    public CoachAllowanceTests() => _app = new CaliFlowApp(
        settings: new Dictionary<string, string?>
        {
            ["Coaching:FreeMessagesPerDay"] = "3",
            ["Coaching:PremiumMessagesPerDay"] = "5",
            ["Coaching:MessagesPerMinute"] = "4",
        },
        services: s => s.AddSingleton<TimeProvider>(_clock));

    public ValueTask InitializeAsync() => _app.InitializeAsync();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private async Task<HttpResponseMessage> AskAsync(HttpClient client) =>
        await client.PostAsJsonAsync("/v1/coach/messages", new { content = "what's my streak?" }, _ct);

    [Fact]
    public async Task A_free_account_gets_its_small_daily_allowance_then_429_with_the_reason_until_local_midnight()
    {
        var user = await _app.CreateUserAsync();
        for (var i = 0; i < 3; i++)
        {
            (await AskAsync(user.Client)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var refused = await AskAsync(user.Client);
        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        var problem = await JsonAsync(refused);
        problem.GetProperty("code").GetString().ShouldBe("coach_allowance_used");
        problem.GetProperty("detail").GetString()!.ShouldContain("today's 3 coach replies (free plan;");
        problem.GetProperty("detail").GetString()!.ShouldContain("premium has more");
        (await _app.ScalarAsync<long>("SELECT count(*) FROM coaching.ai_chat_messages WHERE user_id = $1 AND role = 'User'", user.Id)).ShouldBe(3);

        _clock.Advance(TimeSpan.FromHours(14)); // past the user's (UTC) midnight
        var client = _app.Authorized((await _app.LoginAsync(user.Email, user.Password)).AccessToken);
        (await AskAsync(client)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Premium_gets_more_and_a_burst_is_limited_per_minute_whatever_the_plan()
    {
        var user = await _app.CreateUserAsync();
        await _app.ExecuteAsync(
            "UPDATE users.subscriptions SET plan = 'Premium', current_period_ends_at = $2 WHERE user_id = $1",
            user.Id, _clock.GetUtcNow().AddDays(30));

        for (var i = 0; i < 4; i++)
        {
            (await AskAsync(user.Client)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var burst = await AskAsync(user.Client);
        burst.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await JsonAsync(burst)).GetProperty("code").GetString().ShouldBe("coach_rate_limited");

        _clock.Advance(TimeSpan.FromSeconds(61));
        (await AskAsync(user.Client)).StatusCode.ShouldBe(HttpStatusCode.OK); // the 5th of the day: more than a free account gets
        var used = await AskAsync(user.Client);
        used.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        var problem = await JsonAsync(used);
        problem.GetProperty("code").GetString().ShouldBe("coach_allowance_used");
        problem.GetProperty("detail").GetString()!.ShouldContain("today's 5 coach replies (premium plan;");
    }

    [Fact]
    public async Task With_the_embedded_coach_too_a_new_summary_or_explanation_counts_like_a_message_and_a_cached_one_is_free()
    {
        var user = await _app.CreateUserAsync();
        var summary = await user.Client.GetFromJsonAsync<JsonElement>("/v1/coach/weekly-summary", _ct); // 1 of 3
        summary.GetProperty("cached").GetBoolean().ShouldBeFalse();
        summary.GetProperty("model").GetString().ShouldBe("califlow-embedded-coach");
        (await user.Client.GetFromJsonAsync<JsonElement>("/v1/coach/weekly-summary", _ct)).GetProperty("cached").GetBoolean().ShouldBeTrue(); // free
        (await user.Client.GetAsync("/v1/coach/explanations/push-up", _ct)).StatusCode.ShouldBe(HttpStatusCode.OK); // 2 of 3
        (await AskAsync(user.Client)).StatusCode.ShouldBe(HttpStatusCode.OK); // 3 of 3

        var refused = await user.Client.GetAsync("/v1/coach/explanations/pull-up", _ct);
        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        (await JsonAsync(refused)).GetProperty("code").GetString().ShouldBe("coach_allowance_used");
        (await AskAsync(user.Client)).StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        // What is cached is still served: it costs nothing.
        (await user.Client.GetFromJsonAsync<JsonElement>("/v1/coach/explanations/push-up", _ct)).GetProperty("cached").GetBoolean().ShouldBeTrue();
        (await _app.ScalarAsync<long>("SELECT count(*) FROM coaching.ai_content_generations WHERE user_id = $1", user.Id)).ShouldBe(2);
    }
}
