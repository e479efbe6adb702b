using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaliFlow.IntegrationTests.Coaching;
using CaliFlow.IntegrationTests.Infrastructure;
using CaliFlow.IntegrationTests.Platform;
using Shouldly;

namespace CaliFlow.IntegrationTests.Reliability;

/// <summary>
/// The API as a deployment runs it, an operating-system process: stopped with SIGTERM it finishes what it is doing and exits
/// in time; killed with SIGKILL mid-write it loses nothing it acknowledged, and a new process delivers the events once.
/// </summary>
public sealed class ProcessLifecycleTests
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task On_sigterm_a_request_in_flight_is_answered_and_the_process_exits_cleanly()
    {
        await using var model = await FakeOpenAIServer.StartAsync();
        var asked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        model.Respond = async (_, context) =>
        {
            asked.TrySetResult();
            await Task.Delay(TimeSpan.FromSeconds(2)); // the answer is still being written when the stop signal comes
            await FakeOpenAIServer.Completion(context, "Rest well before the next session.");
        };
        var database = CaliFlowApp.NewDatabaseName();
        try
        {
            await using var api = await ApiProcess.StartAsync(database, new Dictionary<string, string?>
            {
                ["Coaching:Provider"] = "OpenAICompatible",
                ["Coaching:OpenAI:Endpoint"] = model.BaseAddress.ToString(),
                ["Coaching:OpenAI:Model"] = "fake-model",
                ["Coaching:OpenAI:ApiKey"] = "test-key",
            });
            var (_, client) = await api.CreateUserAsync();

            var question = client.PostAsJsonAsync("/v1/coach/messages", new { content = "should I rest today?" }, _ct);
            await asked.Task.WaitAsync(TimeSpan.FromSeconds(30), _ct);
            api.Terminate();

            using var answer = await question;
            answer.StatusCode.ShouldBe(HttpStatusCode.OK, await answer.Content.ReadAsStringAsync(_ct));
            (await answer.Content.ReadAsStringAsync(_ct)).ShouldContain("Rest well before the next session.");
            (await api.WaitForExitAsync(TimeSpan.FromSeconds(30))).ShouldBeTrue("the host's shutdown timeout is 25 s");
            api.ExitCode.ShouldBe(0, await api.OutputAsync());
        }
        finally
        {
            await CaliFlowApp.DropDatabaseAsync(database);
        }
    }

    [Fact]
    public async Task Killed_mid_sync_it_keeps_every_acknowledged_log_and_a_new_process_delivers_their_events_once()
    {
        var database = CaliFlowApp.NewDatabaseName();
        try
        {
            var acknowledged = new List<Guid>();
            var batches = new List<(List<Guid> Ids, List<object> Logs)>();
            Guid userId;
            string accessToken;
            await using (var api = await ApiProcess.StartAsync(database))
            {
                (userId, var client) = await api.CreateUserAsync();
                accessToken = client.DefaultRequestHeaders.Authorization!.Parameter!;
                var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-60);
                for (var sent = 0; !api.HasExited && sent < 40; sent++)
                {
                    var ids = Enumerable.Range(0, 5).Select(_ => Guid.CreateVersion7()).ToList();
                    var logs = ids.Select(id => TestRequests.PushUpLog(id, day = day.AddDays(1))).ToList();
                    batches.Add((ids, logs));
                    var answer = client.PostAsJsonAsync("/v1/workout-logs/sync", new { logs }, _ct);
                    if (sent == 4)
                    {
                        api.Kill(); // while the fifth batch is on its way or being written
                    }

                    try
                    {
                        using var response = await answer;
                        response.StatusCode.ShouldBe(HttpStatusCode.OK);
                        acknowledged.AddRange(ids);
                    }
                    catch (HttpRequestException)
                    {
                        break; // the process is gone: this batch was not acknowledged
                    }
                }

                (await api.WaitForExitAsync(TimeSpan.FromSeconds(10))).ShouldBeTrue();
            }

            acknowledged.Count.ShouldBeGreaterThanOrEqualTo(20);
            await using var restarted = await ApiProcess.StartAsync(database);
            using var again = restarted.Client(accessToken);
            var stored = await StoredLogsAsync(database, userId);
            stored.ShouldBeSubsetOf(batches.SelectMany(b => b.Ids));
            acknowledged.ShouldBeSubsetOf(stored);

            // The client sends again what it has not seen acknowledged; nothing doubles.
            foreach (var (_, logs) in batches.Skip(acknowledged.Count / 5))
            {
                (await again.PostAsJsonAsync("/v1/workout-logs/sync", new { logs }, _ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
            }

            var all = batches.Count * 5;
            (await StoredLogsAsync(database, userId)).Length.ShouldBe(all);
            await PlatformTestHelpers.Eventually(async () =>
                await CaliFlowApp.ScalarInAsync<long>(database, "SELECT count(*) FROM progress.outbox_messages WHERE processed_at IS NULL") == 0
                && await CaliFlowApp.ScalarInAsync<long>(database,
                    "SELECT coalesce(sum(value), 0)::bigint FROM gamification.user_counters WHERE user_id = $1 AND key = 'workouts'", userId) == all,
                seconds: 30);
            (await CaliFlowApp.ScalarInAsync<long>(database, "SELECT count(*) FROM progress.outbox_messages WHERE type LIKE '%WorkoutLogged%'"))
                .ShouldBe(all);
            (await again.GetFromJsonAsync<JsonElement>("/v1/stats", _ct)).GetProperty("workouts").GetInt32().ShouldBe(all);
        }
        finally
        {
            await CaliFlowApp.DropDatabaseAsync(database);
        }
    }


    private static async Task<Guid[]> StoredLogsAsync(string database, Guid userId) =>
        (await CaliFlowApp.ScalarInAsync<Guid[]>(database, "SELECT coalesce(array_agg(id), '{}') FROM progress.workout_logs WHERE user_id = $1", userId))!;
}
