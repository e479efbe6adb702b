using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CaliFlow.IntegrationTests.Coaching;

/// <summary>
/// A tiny server speaking OpenAI's chat-completions protocol on a random loopback port: it records each request and answers
/// with whatever <see cref="Respond"/> says (a completion, a tool call, a stream of chunks, an error, or nothing for a while).
/// </summary>
internal sealed class FakeOpenAIServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeOpenAIServer(WebApplication app) => _app = app;

    public ConcurrentQueue<(JsonElement Body, string? Authorization)> Requests { get; } = new();

    /// <summary>How to answer a request (its JSON body); the default is a plain completion.</summary>
    public Func<JsonElement, HttpContext, Task> Respond { get; set; } = (_, context) => Completion(context, "Hello from the model.");

    public Uri BaseAddress { get; private set; } = null!;

    public static async Task<FakeOpenAIServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeOpenAIServer(app);
        app.MapPost("/v1/chat/completions", async context =>
        {
            var body = await JsonSerializer.DeserializeAsync<JsonElement>(context.Request.Body, cancellationToken: context.RequestAborted);
            server.Requests.Enqueue((body, context.Request.Headers.Authorization.ToString()));
            await server.Respond(body, context);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        server.BaseAddress = new Uri(address.TrimEnd('/') + "/v1");
        return server;
    }

    public static Task Completion(HttpContext context, string content, int promptTokens = 42, int completionTokens = 7) =>
        context.Response.WriteAsJsonAsync(new
        {
            id = "chatcmpl-fake",
            @object = "chat.completion",
            created = 1_700_000_000,
            model = "fake-model",
            choices = new[] { new { index = 0, message = new { role = "assistant", content }, finish_reason = "stop" } },
            usage = new { prompt_tokens = promptTokens, completion_tokens = completionTokens, total_tokens = promptTokens + completionTokens },
        });

    public static Task ToolCall(HttpContext context, string function, string arguments) =>
        context.Response.WriteAsJsonAsync(new
        {
            id = "chatcmpl-fake-tool",
            @object = "chat.completion",
            created = 1_700_000_000,
            model = "fake-model",
            choices = new[]
            {
                new
                {
                    index = 0,
                    message = new
                    {
                        role = "assistant",
                        content = (string?)null,
                        tool_calls = new[] { new { id = "call_1", type = "function", function = new { name = function, arguments } } },
                    },
                    finish_reason = "tool_calls",
                },
            },
            usage = new { prompt_tokens = 30, completion_tokens = 5, total_tokens = 35 },
        });

    /// <summary>Streams the pieces as "data:" chunks, then the usage and "[DONE]", as the protocol does.</summary>
    public static Task Stream(HttpContext context, params string[] pieces) => Stream(context, () => Task.CompletedTask, pieces);

    /// <summary>
    /// As <see cref="Stream(HttpContext, string[])"/>, but once the first chunk is sent the answer waits for
    /// <paramref name="afterFirstChunk"/> before going on.
    /// </summary>
    public static async Task Stream(HttpContext context, Func<Task> afterFirstChunk, params string[] pieces)
    {
        context.Response.ContentType = "text/event-stream";
        async Task Send(object chunk)
        {
            await context.Response.WriteAsync($"data: {JsonSerializer.Serialize(chunk)}\n\n");
            await context.Response.Body.FlushAsync();
        }

        for (var i = 0; i < pieces.Length; i++)
        {
            await Send(new
            {
                id = "chatcmpl-fake-stream",
                @object = "chat.completion.chunk",
                created = 1_700_000_000,
                model = "fake-model",
                choices = new[] { new { index = 0, delta = new { role = i == 0 ? "assistant" : null, content = pieces[i] }, finish_reason = (string?)null } },
            });
            if (i == 0)
            {
                await afterFirstChunk().WaitAsync(context.RequestAborted);
            }
        }

        await Send(new
        {
            id = "chatcmpl-fake-stream",
            @object = "chat.completion.chunk",
            created = 1_700_000_000,
            model = "fake-model",
            choices = new[] { new { index = 0, delta = new { }, finish_reason = "stop" } },
            usage = new { prompt_tokens = 50, completion_tokens = pieces.Length, total_tokens = 50 + pieces.Length },
        });
        await context.Response.WriteAsync("data: [DONE]\n\n");
    }

    /// <summary>Streams one chunk, then stays silent until the caller hangs up (a reply the client leaves half-way).</summary>
    public static async Task StreamThenHang(HttpContext context, string first)
    {
        context.Response.ContentType = "text/event-stream";
        var chunk = new
        {
            id = "chatcmpl-fake-stream",
            @object = "chat.completion.chunk",
            created = 1_700_000_000,
            model = "fake-model",
            choices = new[] { new { index = 0, delta = new { role = "assistant", content = first }, finish_reason = (string?)null } },
        };
        await context.Response.WriteAsync($"data: {JsonSerializer.Serialize(chunk)}\n\n");
        await context.Response.Body.FlushAsync();
        await Task.Delay(Timeout.Infinite, context.RequestAborted);
    }

    public static async Task Error(HttpContext context, int status)
    {
        context.Response.StatusCode = status;
        await context.Response.WriteAsJsonAsync(new { error = new { message = "The fake is failing on purpose.", type = "server_error" } });
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
