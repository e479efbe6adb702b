using System.Net.Http.Json;
using Shouldly;

namespace CaliFlow.IntegrationTests.Coaching;

/// <summary>
/// Reads Server-Sent Events from a response one at a time, as they arrive, and strictly: "field: value" lines ended by a
/// blank line; only event and data fields are expected. Reading event by event is what lets a test see an event arrive
/// before the rest of the answer exists.
/// </summary>
internal sealed class SseReader : IDisposable
{
    private readonly StreamReader _reader;

    private SseReader(HttpResponseMessage response, Stream body)
    {
        Response = response;
        _reader = new StreamReader(body);
    }

    public HttpResponseMessage Response { get; }

    /// <summary>Posts <paramref name="body"/> and reads the response as soon as its headers are in (the body is not buffered).</summary>
    public static async Task<SseReader> PostAsync(HttpClient client, string path, object body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        return new SseReader(response, await response.Content.ReadAsStreamAsync(cancellationToken));
    }

    /// <summary>The next event; null once the stream has ended (between events).</summary>
    public async Task<(string Event, string Data)?> NextAsync(CancellationToken cancellationToken)
    {
        string? type = null;
        var data = new List<string>();
        var lines = 0;
        while (await _reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.Length == 0)
            {
                lines.ShouldBeGreaterThan(0, "a blank line where an event should start");
                return (type ?? "message", string.Join('\n', data));
            }

            lines++;
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

        lines.ShouldBe(0, "the stream ended in the middle of an event");
        return null;
    }

    /// <summary>Every event left, up to the end of the stream.</summary>
    public async Task<List<(string Event, string Data)>> RestAsync(CancellationToken cancellationToken)
    {
        var events = new List<(string Event, string Data)>();
        while (await NextAsync(cancellationToken) is { } next)
        {
            events.Add(next);
        }

        return events;
    }

    public void Dispose()
    {
        _reader.Dispose();
        Response.Dispose();
    }
}
