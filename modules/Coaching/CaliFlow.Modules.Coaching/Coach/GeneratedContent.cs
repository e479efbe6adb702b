using CaliFlow.BuildingBlocks.Application;
using Microsoft.Extensions.AI;

namespace CaliFlow.Modules.Coaching.Coach;

/// <summary>Content the coach wrote once and serves from ai_content_cache until it expires or its prompt changes.</summary>
/// <param name="Cached">True when served from the cache (no provider call was made).</param>
internal sealed record GeneratedContentResponse(
    string Kind, string Subject, string Content, string Model, bool Cached, DateTimeOffset GeneratedAt, DateTimeOffset ExpiresAt);

/// <summary>Asks the configured coach for a piece of content through the cache.</summary>
internal sealed class ContentWriter(ContentCache cache, CoachClients clients, CoachToolsFactory toolsFactory)
{
    public async Task<Result<GeneratedContentResponse>> WriteAsync(
        string kind, string subject, Guid requestingUser, Guid? ownerUser, IReadOnlyList<ChatMessage> prompt, CancellationToken cancellationToken)
    {
        var messages = new List<ChatMessage> { new(ChatRole.System, CoachPrompt.System) };
        messages.AddRange(prompt);
        var key = string.Join("\n\n", messages.Select(m => $"{m.Role}: {m.Text}"));
        try
        {
            var content = await cache.GetOrCreateAsync(kind, subject, ownerUser, clients.ModelName, key, async token =>
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(token);
                timeout.CancelAfter(clients.Timeout);
                var response = await clients.For(toolsFactory.For(requestingUser)).GetResponseAsync(messages, cancellationToken: timeout.Token);
                return response.Text;
            }, cancellationToken);
            return new GeneratedContentResponse(kind, subject, content.Content, content.Model, content.Cached, content.GeneratedAt, content.ExpiresAt);
        }
        catch (Exception ex) when (CoachConversation.Classify(ex, cancellationToken) is { } error)
        {
            return error;
        }
    }
}
