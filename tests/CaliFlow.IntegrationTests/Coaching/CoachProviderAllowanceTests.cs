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
/// The allowance with a model behind the fake OpenAI-compatible server: a reply counts once the provider has produced output
/// (a client hanging up after the first chunk has still used one), and weekly summaries and explanations the content cache
/// does not hold count against the same allowance and burst limit; cached ones are free.
/// </summary>
public sealed class CoachProviderAllowanceTests : IAsyncLifetime
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(DateTime.UtcNow.Date.AddHours(10), TimeSpan.Zero));
    private FakeOpenAIServer _server = null!;
    private CaliFlowApp _app = null!;
    private int _calls;

    public async ValueTask InitializeAsync()
    {
        _server = await FakeOpenAIServer.StartAsync();
        _server.Respond = (_, context) => FakeOpenAIServer.Completion(context, $"Answer {Interlocked.Increment(ref _calls)}");
        _app = new CaliFlowApp(
            settings: new Dictionary<string, string?>
            {
                ["Coaching:Provider"] = "OpenAICompatible",
                ["Coaching:OpenAI:Endpoint"] = _server.BaseAddress.ToString(),
                ["Coaching:OpenAI:Model"] = "fake-model",
                ["Coaching:OpenAI:TimeoutSeconds"] = "8",
                ["Coaching:FreeMessagesPerDay"] = "2",
                ["Coaching:PremiumMessagesPerDay"] = "50",
                ["Coaching:MessagesPerMinute"] = "3",
            },
            services: s => s.AddSingleton<TimeProvider>(_clock));
        await _app.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        await _server.DisposeAsync();
    }

    private async Task<HttpResponseMessage> AskAsync(TestUser user) =>
        await user.Client.PostAsJsonAsync("/v1/coach/messages", new { content = "what's my streak?" }, _ct);

    private static async Task ShouldBeRefusedAsync(HttpResponseMessage response, string code)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter!.Delta!.Value.ShouldBeGreaterThan(TimeSpan.Zero);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        var problem = await JsonAsync(response);
        problem.GetProperty("status").GetInt32().ShouldBe(429);
        problem.GetProperty("code").GetString().ShouldBe(code);
        problem.GetProperty("detail").GetString().ShouldNotBeNullOrWhiteSpace();
    }

    private async Task<string?> QuestionStatusAsync(Guid userId) =>
        await _app.ScalarAsync<string>("SELECT status FROM coaching.ai_chat_messages WHERE user_id = $1 AND role = 'User' ORDER BY id LIMIT 1", userId);

    [Fact]
    public async Task A_client_that_hangs_up_after_the_first_chunk_has_still_used_a_reply()
    {
        var user = await _app.CreateUserAsync();
        _server.Respond = (_, context) => FakeOpenAIServer.StreamThenHang(context, "The first words");

        using (var request = new HttpRequestMessage(HttpMethod.Post, "/v1/coach/messages/stream") { Content = JsonContent.Create(new { content = "long answer please" }) })
        using (var response = await user.Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, _ct))
        {
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(_ct));
            (await reader.ReadLineAsync(_ct)).ShouldBe("event: chunk");
            (await reader.ReadLineAsync(_ct))!.ShouldContain("The first words");
        } // hung up half-way through the reply

        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (await QuestionStatusAsync(user.Id) == "Pending")
        {
            DateTime.UtcNow.ShouldBeLessThan(deadline, "the abandoned question stayed pending");
            await Task.Delay(50, _ct);
        }

        (await QuestionStatusAsync(user.Id)).ShouldBe("Failed"); // no reply stored...

        _server.Respond = (_, context) => FakeOpenAIServer.Completion(context, "Fine.");
        (await AskAsync(user)).StatusCode.ShouldBe(HttpStatusCode.OK); // ...but counted: this is the second and last of the day
        await ShouldBeRefusedAsync(await AskAsync(user), "coach_allowance_used");
        (await _app.ScalarAsync<DateTime?>(
            "SELECT counted_at FROM coaching.ai_chat_messages WHERE user_id = $1 AND role = 'User' AND status = 'Failed'", user.Id)).ShouldNotBeNull();
    }

    [Fact]
    public async Task A_stream_the_provider_fails_before_any_output_is_not_counted()
    {
        var user = await _app.CreateUserAsync();
        _server.Respond = (_, context) => FakeOpenAIServer.Error(context, 500);
        (await user.Client.PostAsJsonAsync("/v1/coach/messages/stream", new { content = "hello?" }, _ct)).StatusCode.ShouldBe(HttpStatusCode.BadGateway);

        _server.Respond = (_, context) => FakeOpenAIServer.Completion(context, "Fine.");
        (await AskAsync(user)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await AskAsync(user)).StatusCode.ShouldBe(HttpStatusCode.OK);
        _clock.Advance(TimeSpan.FromSeconds(61)); // the failed attempt did count toward the burst limit
        await ShouldBeRefusedAsync(await AskAsync(user), "coach_allowance_used");
    }

    [Fact]
    public async Task Requests_that_fail_before_any_output_are_free_but_not_unlimited()
    {
        var user = await _app.CreateUserAsync();
        _server.Respond = (_, context) => FakeOpenAIServer.Error(context, 500);
        for (var attempt = 1; attempt <= 6; attempt++) // three times the free allowance of two
        {
            (await AskAsync(user)).StatusCode.ShouldBe(HttpStatusCode.BadGateway);
            if (attempt % 3 == 0)
            {
                _clock.Advance(TimeSpan.FromSeconds(61)); // past the burst limit
            }
        }

        _server.Respond = (_, context) => FakeOpenAIServer.Completion(context, "Fine.");
        await ShouldBeRefusedAsync(await AskAsync(user), "coach_attempts_used");
    }

    [Fact]
    public async Task A_new_weekly_summary_counts_like_a_message_and_is_refused_once_the_allowance_is_used_while_a_cached_one_is_free()
    {
        var user = await _app.CreateUserAsync();

        var first = await user.Client.GetFromJsonAsync<JsonElement>("/v1/coach/weekly-summary", _ct); // 1 of 2
        first.GetProperty("cached").GetBoolean().ShouldBeFalse();
        (await AskAsync(user)).StatusCode.ShouldBe(HttpStatusCode.OK); // 2 of 2
        var calls = _calls;

        var again = await user.Client.GetFromJsonAsync<JsonElement>("/v1/coach/weekly-summary", _ct);
        again.GetProperty("cached").GetBoolean().ShouldBeTrue(); // served though the allowance is used: it costs nothing
        again.GetProperty("content").GetString().ShouldBe(first.GetProperty("content").GetString());
        await ShouldBeRefusedAsync(await AskAsync(user), "coach_allowance_used");

        // A check-in changes the week's data, so the summary would need the model again: refused, and the model is not called.
        (await user.Client.PostAsJsonAsync("/v1/check-ins", CheckIn(3, 3, 3, 3, 3, 3), _ct)).EnsureSuccessStatusCode();
        await ShouldBeRefusedAsync(await user.Client.GetAsync("/v1/coach/weekly-summary", _ct), "coach_allowance_used");
        _calls.ShouldBe(calls);
        (await _app.ScalarAsync<long>(
            "SELECT count(*) FROM coaching.ai_content_generations WHERE user_id = $1 AND kind = 'weekly-summary' AND status = 'Generated'", user.Id)).ShouldBe(1);

        _clock.Advance(TimeSpan.FromDays(1)); // a new day (UTC): a new allowance
        var client = _app.Authorized((await _app.LoginAsync(user.Email, user.Password)).AccessToken);
        (await client.GetFromJsonAsync<JsonElement>("/v1/coach/weekly-summary", _ct)).GetProperty("cached").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task An_explanation_is_charged_to_the_user_whose_request_generated_it_and_is_free_from_the_cache_for_everyone()
    {
        var alice = await _app.CreateUserAsync();
        var bob = await _app.CreateUserAsync();

        (await alice.Client.GetFromJsonAsync<JsonElement>("/v1/coach/explanations/push-up", _ct)).GetProperty("cached").GetBoolean().ShouldBeFalse();
        (await bob.Client.GetFromJsonAsync<JsonElement>("/v1/coach/explanations/push-up", _ct)).GetProperty("cached").GetBoolean().ShouldBeTrue();
        _calls.ShouldBe(1);

        // Bob's cached read cost him nothing: his two replies are still there.
        (await AskAsync(bob)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await AskAsync(bob)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await ShouldBeRefusedAsync(await AskAsync(bob), "coach_allowance_used");

        // Alice's generation counted: one message left, then even a new explanation is refused; the cached one is not.
        (await AskAsync(alice)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await ShouldBeRefusedAsync(await alice.Client.GetAsync("/v1/coach/explanations/pull-up", _ct), "coach_allowance_used");
        (await alice.Client.GetFromJsonAsync<JsonElement>("/v1/coach/explanations/push-up", _ct)).GetProperty("cached").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task The_burst_limit_covers_summaries_and_explanations_too_but_not_cached_ones()
    {
        var user = await _app.CreateUserAsync();
        await _app.ExecuteAsync(
            "UPDATE users.subscriptions SET plan = 'Premium', current_period_ends_at = $2 WHERE user_id = $1",
            user.Id, _clock.GetUtcNow().AddDays(30));

        (await AskAsync(user)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await user.Client.GetAsync("/v1/coach/weekly-summary", _ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await user.Client.GetAsync("/v1/coach/explanations/bodyweight-squat", _ct)).StatusCode.ShouldBe(HttpStatusCode.OK); // 3 in a minute

        await ShouldBeRefusedAsync(await user.Client.GetAsync("/v1/coach/explanations/parallel-bar-dip", _ct), "coach_rate_limited");
        await ShouldBeRefusedAsync(await AskAsync(user), "coach_rate_limited");
        (await user.Client.GetFromJsonAsync<JsonElement>("/v1/coach/weekly-summary", _ct)).GetProperty("cached").GetBoolean().ShouldBeTrue();
        _calls.ShouldBe(3);

        _clock.Advance(TimeSpan.FromSeconds(61));
        (await user.Client.GetFromJsonAsync<JsonElement>("/v1/coach/explanations/parallel-bar-dip", _ct)).GetProperty("cached").GetBoolean().ShouldBeFalse();
    }
}
