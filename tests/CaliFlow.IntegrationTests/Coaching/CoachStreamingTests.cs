using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CaliFlow.IntegrationTests.Infrastructure;
using Shouldly;
using static CaliFlow.IntegrationTests.Coaching.CoachingTestHelpers;

namespace CaliFlow.IntegrationTests.Coaching;

/// <summary>The streamed answer is well-formed Server-Sent Events whose chunks make up the stored reply.</summary>
public sealed class CoachStreamingTests(CaliFlowApp app)
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    /// <summary>A strict SSE reader: events are "field: value" lines ended by a blank line; only event and data fields are expected.</summary>
    internal static List<(string Event, string Data)> ParseSse(string body)
    {
        body.ShouldEndWith("\n\n");
        var events = new List<(string, string)>();
        foreach (var block in body.Split("\n\n", StringSplitOptions.RemoveEmptyEntries))
        {
            string? type = null;
            var data = new List<string>();
            foreach (var line in block.Split('\n'))
            {
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                colon.ShouldBeGreaterThan(0, $"not an SSE field line: '{line}'");
                var (field, value) = (line[..colon], line[(colon + 1)..].TrimStart(' '));
                switch (field)
                {
                    case "event": type = value; break;
                    case "data": data.Add(value); break;
                    default: throw new ShouldAssertException($"unexpected SSE field '{field}'");
                }
            }

            events.Add((type ?? "message", string.Join('\n', data)));
        }

        return events;
    }

    [Fact]
    public async Task The_answer_streams_as_chunk_events_then_a_done_event_with_the_stored_reply()
    {
        var user = await AthleteWithPlanAsync(app);

        var response = await user.Client.PostAsJsonAsync("/coach/messages/stream", new { content = "what's my workout today?" }, _ct);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/event-stream");
        var events = ParseSse(await response.Content.ReadAsStringAsync(_ct));
        events.Count.ShouldBeGreaterThan(2);
        events[..^1].ShouldAllBe(e => e.Event == "chunk");
        events[^1].Event.ShouldBe("done");

        var text = new StringBuilder();
        events[..^1].ForEach(e => text.Append(JsonDocument.Parse(e.Data).RootElement.GetProperty("text").GetString()));
        var done = JsonDocument.Parse(events[^1].Data).RootElement;
        var reply = done.GetProperty("reply");
        reply.GetProperty("content").GetString().ShouldBe(text.ToString().TrimEnd());
        reply.GetProperty("intent").GetString().ShouldBe("today-workout");
        done.GetProperty("question").GetProperty("status").GetString().ShouldBe("answered");

        var history = await user.Client.GetFromJsonAsync<JsonElement>("/coach/messages", _ct);
        history.GetProperty("items")[0].GetProperty("id").GetGuid().ShouldBe(reply.GetProperty("id").GetGuid());
        history.GetProperty("items")[0].GetProperty("content").GetString().ShouldBe(text.ToString().TrimEnd());
    }

    [Fact]
    public async Task A_bad_question_is_a_400_problem_not_a_stream()
    {
        var user = await app.CreateUserAsync();
        var response = await user.Client.PostAsJsonAsync("/coach/messages/stream", new { content = "" }, _ct);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }
}
