using System.ClientModel;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Coaching.Domain;
using CaliFlow.Modules.Coaching.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;

namespace CaliFlow.Modules.Coaching.Coach;

/// <summary>
/// One exchange with the coach. The question is checked against the limits and stored first, in a short transaction of its
/// own (the provider call is not held inside a database transaction); then the provider answers and the reply is stored.
/// The question counts toward the day's allowance from the moment the provider produces output (the whole answer, or a
/// stream's first chunk); when the provider fails or times out before that, the question stays in the history marked failed,
/// not counted, and the caller gets 502 or 504.
/// </summary>
internal sealed class CoachConversation(
    CoachingDbContext db,
    CoachClients clients,
    CoachToolsFactory toolsFactory,
    CoachAllowance allowance,
    IOptions<CoachingOptions> options,
    TimeProvider time)
{
    /// <summary>Recorded on a question whose asker left before the reply was stored (counted if the provider had begun to answer).</summary>
    private static readonly Error ClientGone = Error.Conflict("client_gone", "The request was abandoned before the reply.");

    private CoachingOptions Options => options.Value;

    public async Task<Result<CoachExchange>> SendAsync(Guid userId, string content, CancellationToken cancellationToken)
    {
        var accepted = await allowance.ReserveAsync(userId, now => CoachMessage.FromUser(userId, content.Trim(), now), cancellationToken);
        if (!accepted.IsSuccess)
        {
            return accepted.Error!;
        }

        var question = accepted.Value;
        var tools = toolsFactory.For(userId);
        var (messages, chatOptions) = await PromptAsync(tools, question, cancellationToken);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(clients.Timeout);
        var started = time.GetTimestamp();
        ChatResponse response;
        try
        {
            response = await clients.For(tools).GetResponseAsync(messages, chatOptions, timeout.Token);
        }
        catch (Exception ex) when (Classify(ex, cancellationToken) is { } error)
        {
            return await FailAsync(question, error);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await FailAsync(question, ClientGone);
            throw;
        }

        var reply = CoachMessage.Reply(question, response.Text, new CoachReplyInfo(
            response.ModelId ?? clients.ModelName,
            response.AdditionalProperties?.GetValueOrDefault(EmbeddedCoach.IntentProperty) as string,
            ToInt(response.Usage?.InputTokenCount),
            ToInt(response.Usage?.OutputTokenCount),
            (int)time.GetElapsedTime(started).TotalMilliseconds));
        return await StoreReplyAsync(question, reply);
    }

    /// <summary>
    /// Starts a streamed exchange. The provider's first chunk is awaited here, so a provider that cannot be reached is still
    /// an HTTP 502/504; a failure after that ends the stream with an "error" event. The first chunk is the provider's output:
    /// the question counts from then on, so a client that reads part of the reply and hangs up has still used one.
    /// </summary>
    public async Task<Result<CoachStream>> StreamAsync(Guid userId, string content, CancellationToken cancellationToken)
    {
        var accepted = await allowance.ReserveAsync(userId, now => CoachMessage.FromUser(userId, content.Trim(), now), cancellationToken);
        if (!accepted.IsSuccess)
        {
            return accepted.Error!;
        }

        var question = accepted.Value;
        var tools = toolsFactory.For(userId);
        var (messages, chatOptions) = await PromptAsync(tools, question, cancellationToken);
        var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(clients.Timeout);
        var started = time.GetTimestamp();
        var updates = clients.For(tools).GetStreamingResponseAsync(messages, chatOptions, timeout.Token).GetAsyncEnumerator(timeout.Token);
        bool any;
        try
        {
            any = await updates.MoveNextAsync();
        }
        catch (Exception ex) when (Classify(ex, cancellationToken) is { } error)
        {
            await updates.DisposeAsync();
            timeout.Dispose();
            return await FailAsync(question, error);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await updates.DisposeAsync();
            timeout.Dispose();
            await FailAsync(question, ClientGone);
            throw;
        }

        if (any)
        {
            await CountAsync(question);
        }

        return new CoachStream(question.Id, Events(question, updates, any, timeout, started, cancellationToken));
    }

    private async IAsyncEnumerable<SseItem<object>> Events(
        CoachMessage question,
        IAsyncEnumerator<ChatResponseUpdate> updates,
        bool any,
        CancellationTokenSource timeout,
        long started,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var collected = new List<ChatResponseUpdate>();
        Error? failure = null;
        var finished = false;
        try
        {
            while (any)
            {
                var update = updates.Current;
                collected.Add(update);
                if (!string.IsNullOrEmpty(update.Text))
                {
                    yield return new SseItem<object>(new CoachChunk(update.Text), "chunk");
                }

                timeout.CancelAfter(clients.Timeout); // the timeout is for silence, not for a long answer
                try
                {
                    any = await updates.MoveNextAsync();
                }
                catch (Exception ex) when (Classify(ex, cancellationToken) is { } error)
                {
                    failure = error;
                    any = false;
                }
            }

            finished = true;
        }
        finally
        {
            await updates.DisposeAsync();
            timeout.Dispose();
            if (!finished)
            {
                // The client went away mid-stream: the question must not stay pending for ever. It stays counted: the
                // provider had produced output before the stream began.
                await FailAsync(question, ClientGone);
            }
        }

        if (failure is not null)
        {
            await FailAsync(question, failure);
            yield return new SseItem<object>(new CoachStreamError(failure.Code, failure.Detail), "error");
            yield break;
        }

        var response = collected.ToChatResponse();
        var reply = CoachMessage.Reply(question, response.Text, new CoachReplyInfo(
            response.ModelId ?? clients.ModelName,
            collected.Select(u => u.AdditionalProperties?.GetValueOrDefault(EmbeddedCoach.IntentProperty) as string).FirstOrDefault(i => i is not null),
            ToInt(response.Usage?.InputTokenCount),
            ToInt(response.Usage?.OutputTokenCount),
            (int)time.GetElapsedTime(started).TotalMilliseconds));
        var stored = await StoreReplyAsync(question, reply);
        yield return new SseItem<object>(stored.Value, "done");
    }

    private async Task<(List<ChatMessage> Messages, ChatOptions? Options)> PromptAsync(CoachTools tools, CoachMessage question, CancellationToken cancellationToken)
    {
        var messages = new List<ChatMessage> { new(ChatRole.System, CoachPrompt.System) };
        if (!clients.IsEmbedded)
        {
            messages.Add(await CoachPrompt.ContextAsync(tools, cancellationToken));
        }

        // The conversation so far: answered questions and their replies, oldest first. User text only ever goes in user messages.
        var history = await db.Messages.AsNoTracking()
            .Where(m => m.UserId == question.UserId && m.Id != question.Id && m.Status == CoachMessageStatus.Answered)
            .OrderByDescending(m => m.Id).Take(Options.HistoryMessages)
            .ToListAsync(cancellationToken);
        messages.AddRange(history.OrderBy(m => m.Id).Select(m => new ChatMessage(m.Role == CoachRole.User ? ChatRole.User : ChatRole.Assistant, m.Content)));
        messages.Add(new ChatMessage(ChatRole.User, question.Content));
        return (messages, clients.IsEmbedded ? null : new ChatOptions { Tools = tools.AsAIFunctions() });
    }

    private async Task<Result<CoachExchange>> StoreReplyAsync(CoachMessage question, CoachMessage reply)
    {
        var tracked = await db.Messages.SingleAsync(m => m.Id == question.Id, CancellationToken.None);
        tracked.Answered(time.GetUtcNow());
        db.Messages.Add(reply);
        // The reply is stored even if the client has gone away meanwhile: the provider's work is done and counted.
        await db.SaveChangesAsync(CancellationToken.None);
        return new CoachExchange(CoachMessageResponse.From(tracked), CoachMessageResponse.From(reply));
    }

    /// <summary>
    /// Counts the question once the provider has produced output, committed at once in its own short write. Not on the
    /// request's token: a client that has just hung up must not cancel its own charge.
    /// </summary>
    private async Task CountAsync(CoachMessage question)
    {
        var tracked = await db.Messages.SingleAsync(m => m.Id == question.Id, CancellationToken.None);
        tracked.Counted(time.GetUtcNow());
        await db.SaveChangesAsync(CancellationToken.None);
    }

    private async Task<Error> FailAsync(CoachMessage question, Error error)
    {
        var tracked = await db.Messages.SingleAsync(m => m.Id == question.Id, CancellationToken.None);
        tracked.Failed(error.Code);
        await db.SaveChangesAsync(CancellationToken.None);
        return error;
    }

    /// <summary>A provider failure as the error to answer with; null for what is not the provider's fault (the client left).</summary>
    public static Error? Classify(Exception exception, CancellationToken requestAborted) => exception switch
    {
        OperationCanceledException when requestAborted.IsCancellationRequested => null,
        OperationCanceledException or TimeoutException => CoachingErrors.ProviderTimeout,
        ClientResultException { Status: > 0 } e => CoachingErrors.ProviderFailed($"HTTP {e.Status}"),
        HttpRequestException or ClientResultException => CoachingErrors.ProviderFailed("unreachable"),
        InvalidOperationException or JsonException or IOException => CoachingErrors.ProviderFailed("unexpected answer"),
        _ => null,
    };

    private static int? ToInt(long? value) => value is { } v ? (int)Math.Min(v, int.MaxValue) : null;
}

/// <summary>A question and its reply, as stored.</summary>
internal sealed record CoachExchange(CoachMessageResponse Question, CoachMessageResponse Reply);

/// <summary>A streamed reply: the stored question's id and the Server-Sent Events ("chunk"s, then "done" or "error").</summary>
internal sealed record CoachStream(Guid QuestionId, IAsyncEnumerable<SseItem<object>> Events);

internal sealed record CoachChunk(string Text);

internal sealed record CoachStreamError(string Code, string Detail);

/// <param name="Role">user or assistant.</param>
/// <param name="Status">pending, answered or failed (a question the provider could not answer).</param>
internal sealed record CoachMessageResponse(
    Guid Id,
    CoachRole Role,
    string Content,
    CoachMessageStatus Status,
    Guid? ReplyToId,
    string? Model,
    string? Intent,
    int? InputTokens,
    int? OutputTokens,
    int? LatencyMs,
    DateTimeOffset CreatedAt)
{
    public static CoachMessageResponse From(CoachMessage m) => new(
        m.Id, m.Role, m.Content, m.Status, m.ReplyToId, m.Model, m.Intent, m.InputTokens, m.OutputTokens, m.LatencyMs, m.CreatedAt);
}
