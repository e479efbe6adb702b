using CaliFlow.BuildingBlocks.Persistence;

namespace CaliFlow.Modules.Coaching.Domain;

/// <summary>
/// Generated content kept so the same question costs one provider call (ai_content_cache): keyed by kind, subject, model and
/// a hash of the exact prompt, so new data (a new prompt) or another model never hits a stale entry.
/// </summary>
internal sealed class ContentCacheEntry : IHasTimestamps
{
    private ContentCacheEntry()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>"exercise-explanation" or "weekly-summary".</summary>
    public string Kind { get; private set; } = "";

    /// <summary>What it is about: an exercise slug, or a user's week ("{userId}:{monday}").</summary>
    public string Subject { get; private set; } = "";

    /// <summary>Set for content about one user (purged with their data); null for content shared by everyone.</summary>
    public Guid? UserId { get; private set; }

    public string Model { get; private set; } = "";

    /// <summary>SHA-256 of the prompt, hex.</summary>
    public string PromptHash { get; private set; } = "";

    public string Content { get; private set; } = "";

    public DateTimeOffset ExpiresAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static ContentCacheEntry Create(string kind, string subject, Guid? userId, string model, string promptHash, string content, DateTimeOffset expiresAt) => new()
    {
        Id = Guid.CreateVersion7(),
        Kind = kind,
        Subject = subject,
        UserId = userId,
        Model = model,
        PromptHash = promptHash,
        Content = content,
        ExpiresAt = expiresAt,
    };

    public void Refresh(string content, DateTimeOffset expiresAt)
    {
        Content = content;
        ExpiresAt = expiresAt;
    }
}
