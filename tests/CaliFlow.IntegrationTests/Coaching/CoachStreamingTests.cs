using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaliFlow.IntegrationTests.Infrastructure;
using Shouldly;
using static CaliFlow.IntegrationTests.Coaching.CoachingTestHelpers;

namespace CaliFlow.IntegrationTests.Coaching;

/// <summary>
/// The streamed answer, read event by event as a client does: well-formed Server-Sent Events, the embedded coach's answer one
/// line per chunk, and the chunks making up the stored reply. The embedded coach has its whole answer before its first chunk,
/// so that events leave before the answer is finished is shown with a provider the test can hold
/// (<see cref="OpenAICompatibleCoachTests"/>).
/// </summary>
public sealed class CoachStreamingTests(CaliFlowApp app)
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_answer_comes_as_one_chunk_event_per_line_then_a_done_event_with_the_stored_reply()
    {
        var user = await AthleteWithPlanAsync(app);

        using var stream = await SseReader.PostAsync(user.Client, "/v1/coach/messages/stream", new { content = "what's my workout today?" }, _ct);

        stream.Response.StatusCode.ShouldBe(HttpStatusCode.OK);
        stream.Response.Content.Headers.ContentType!.MediaType.ShouldBe("text/event-stream");
        var events = await stream.RestAsync(_ct);
        events.Count.ShouldBeGreaterThan(2); // at least two chunks, then "done"
        events[..^1].ShouldAllBe(e => e.Event == "chunk");
        events[^1].Event.ShouldBe("done");

        var chunks = events[..^1].Select(e => JsonDocument.Parse(e.Data).RootElement.GetProperty("text").GetString()!).ToList();
        chunks[..^1].ShouldAllBe(c => c.IndexOf('\n') == c.Length - 1); // each a whole line...
        chunks[^1].TrimEnd('\n').ShouldNotContain("\n"); // ...the last one too, newline or not
        var text = string.Concat(chunks);
        var done = JsonDocument.Parse(events[^1].Data).RootElement;
        var reply = done.GetProperty("reply");
        reply.GetProperty("content").GetString().ShouldBe(text.TrimEnd());
        reply.GetProperty("intent").GetString().ShouldBe("today-workout");
        done.GetProperty("question").GetProperty("status").GetString().ShouldBe("answered");

        var history = await user.Client.GetFromJsonAsync<JsonElement>("/v1/coach/messages", _ct);
        history.GetProperty("items")[0].GetProperty("id").GetGuid().ShouldBe(reply.GetProperty("id").GetGuid());
        history.GetProperty("items")[0].GetProperty("content").GetString().ShouldBe(text.TrimEnd());
    }

    [Fact]
    public async Task A_bad_question_is_a_400_problem_not_a_stream()
    {
        var user = await app.CreateUserAsync();
        var response = await user.Client.PostAsJsonAsync("/v1/coach/messages/stream", new { content = "" }, _ct);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }
}
