using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Coaching.Domain;
using CaliFlow.Modules.Coaching.Persistence;
using Microsoft.Extensions.AI;

namespace CaliFlow.Modules.Coaching.Coach;

/// <summary>Content the coach wrote once and serves from ai_content_cache until it expires or its prompt changes.</summary>
/// <param name="Cached">True when served from the cache (no provider call was made, and nothing was counted).</param>
internal sealed record GeneratedContentResponse(
    string Kind, string Subject, string Content, string Model, bool Cached, DateTimeOffset GeneratedAt, DateTimeOffset ExpiresAt);

/// <summary>
/// Asks the configured coach for a piece of content through the cache. A hit costs nothing; a miss is a provider call, so it
/// goes through the same allowance and burst limit as a message (charged to the user who asked) and counts once the provider
/// has answered; a provider failure or timeout, or the asker leaving, before that is not counted.
/// </summary>
internal sealed class ContentWriter(
    ContentCache cache, CoachAllowance allowance, CoachClients clients, CoachToolsFactory toolsFactory, CoachingDbContext db)
{
    /// <summary>Recorded on a generation whose asker left before the provider answered (not counted).</summary>
    private const string ClientGone = "client_gone";

    public async Task<Result<GeneratedContentResponse>> WriteAsync(
        string kind, string subject, Guid requestingUser, Guid? ownerUser, IReadOnlyList<ChatMessage> prompt, CancellationToken cancellationToken)
    {
        var messages = new List<ChatMessage> { new(ChatRole.System, CoachPrompt.System) };
        messages.AddRange(prompt);
        var key = string.Join("\n\n", messages.Select(m => $"{m.Role}: {m.Text}"));
        var content = await cache.GetOrCreateAsync(
            kind, subject, ownerUser, clients.ModelName, key, token => GenerateAsync(kind, subject, requestingUser, messages, token), cancellationToken);
        return content.IsSuccess
            ? new GeneratedContentResponse(kind, subject, content.Value.Content, content.Value.Model, content.Value.Cached, content.Value.GeneratedAt, content.Value.ExpiresAt)
            : content.Error!;
    }

    private async Task<Result<string>> GenerateAsync(
        string kind, string subject, Guid requestingUser, List<ChatMessage> messages, CancellationToken cancellationToken)
    {
        var reserved = await allowance.ReserveAsync(
            requestingUser, now => ContentGeneration.Start(requestingUser, kind, subject, clients.ModelName, now), cancellationToken);
        if (!reserved.IsSuccess)
        {
            return reserved.Error!;
        }

        var generation = reserved.Value;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(clients.Timeout);
        ChatResponse response;
        try
        {
            response = await clients.For(toolsFactory.For(requestingUser)).GetResponseAsync(messages, cancellationToken: timeout.Token);
        }
        catch (Exception ex) when (CoachConversation.Classify(ex, cancellationToken) is { } error)
        {
            generation.Failed(error.Code);
            await db.SaveChangesAsync(CancellationToken.None);
            return error;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            generation.Failed(ClientGone);
            await db.SaveChangesAsync(CancellationToken.None);
            throw;
        }

        // Counted at once, before the content is stored, and never on the request's token: the provider's output exists, and
        // a client that has just hung up must not cancel its own charge.
        generation.Generated();
        await db.SaveChangesAsync(CancellationToken.None);
        return response.Text;
    }
}
