using CaliFlow.BuildingBlocks.Persistence;

namespace CaliFlow.Modules.Coaching.Domain;

internal enum ContentGenerationStatus
{
    /// <summary>The provider is being asked (it counts toward the allowance, so concurrent misses cannot exceed it).</summary>
    Pending,

    /// <summary>The provider answered: counted.</summary>
    Generated,

    /// <summary>The provider failed or timed out, or the asker left, before any output: not counted.</summary>
    Failed,
}

/// <summary>
/// One provider call made for generated content, i.e. a content-cache miss (ai_content_generations), charged to the user who
/// asked: it counts toward the day's allowance and the burst limit like a coach message. A cache hit makes no row.
/// </summary>
internal sealed class ContentGeneration : IHasTimestamps
{
    private ContentGeneration()
    {
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    /// <summary>As in the content cache: "exercise-explanation" or "weekly-summary".</summary>
    public string Kind { get; private set; } = "";

    public string Subject { get; private set; } = "";

    public string Model { get; private set; } = "";

    public ContentGenerationStatus Status { get; private set; }

    /// <summary>Why the provider could not answer, for a failed generation.</summary>
    public string? Error { get; private set; }

    /// <summary>When it was asked for, on the API's clock: the allowance counts by it (as by a message's RequestedAt).</summary>
    public DateTimeOffset RequestedAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static ContentGeneration Start(Guid userId, string kind, string subject, string model, DateTimeOffset requestedAt) => new()
    {
        Id = Guid.CreateVersion7(),
        UserId = userId,
        Kind = kind,
        Subject = subject,
        Model = model,
        Status = ContentGenerationStatus.Pending,
        RequestedAt = requestedAt,
    };

    public void Generated() => Status = ContentGenerationStatus.Generated;

    public void Failed(string error)
    {
        Status = ContentGenerationStatus.Failed;
        Error = error;
    }
}
