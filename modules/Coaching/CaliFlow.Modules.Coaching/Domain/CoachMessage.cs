using CaliFlow.BuildingBlocks.Persistence;

namespace CaliFlow.Modules.Coaching.Domain;

internal enum CoachRole
{
    User,
    Assistant,
}

internal enum CoachMessageStatus
{
    /// <summary>A user message whose reply is being made (it counts toward the allowance).</summary>
    Pending,

    /// <summary>A user message that got its reply, or the reply itself.</summary>
    Answered,

    /// <summary>
    /// A user message that got no stored reply: the provider failed, or the asker left. Kept in the history; it counts toward the
    /// allowance only if the provider had already produced output (<see cref="CoachMessage.CountedAt"/>).
    /// </summary>
    Failed,
}

/// <summary>One message of the user's conversation with the coach (ai_chat_messages).</summary>
internal sealed class CoachMessage : IHasTimestamps
{
    private CoachMessage()
    {
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public CoachRole Role { get; private set; }

    public string Content { get; private set; } = "";

    public CoachMessageStatus Status { get; private set; }

    /// <summary>For a reply: the user message it answers.</summary>
    public Guid? ReplyToId { get; private set; }

    /// <summary>For a reply: the model (or the embedded coach) that wrote it.</summary>
    public string? Model { get; private set; }

    /// <summary>For a reply from the embedded coach: the intent it recognised.</summary>
    public string? Intent { get; private set; }

    public int? InputTokens { get; private set; }

    public int? OutputTokens { get; private set; }

    public int? LatencyMs { get; private set; }

    /// <summary>Why the provider could not answer, for a failed user message.</summary>
    public string? Error { get; private set; }

    /// <summary>
    /// For a user message: when the provider produced its first output. From then on the message counts toward the day's
    /// allowance whatever happens next (the asker leaving, the provider failing half-way).
    /// </summary>
    public DateTimeOffset? CountedAt { get; private set; }

    /// <summary>
    /// For a user message: when it was asked, on the API's clock. The allowance counts by it per local day; created_at is the
    /// database's bookkeeping and its clock.
    /// </summary>
    public DateTimeOffset? RequestedAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static CoachMessage FromUser(Guid userId, string content, DateTimeOffset requestedAt) => new()
    {
        Id = Guid.CreateVersion7(),
        UserId = userId,
        Role = CoachRole.User,
        Content = content,
        Status = CoachMessageStatus.Pending,
        RequestedAt = requestedAt,
    };

    public static CoachMessage Reply(CoachMessage question, string content, CoachReplyInfo info) => new()
    {
        Id = Guid.CreateVersion7(),
        UserId = question.UserId,
        Role = CoachRole.Assistant,
        Content = content,
        Status = CoachMessageStatus.Answered,
        ReplyToId = question.Id,
        Model = info.Model,
        Intent = info.Intent,
        InputTokens = info.InputTokens,
        OutputTokens = info.OutputTokens,
        LatencyMs = info.LatencyMs,
    };

    public void Counted(DateTimeOffset at) => CountedAt ??= at;

    public void Answered(DateTimeOffset at)
    {
        Status = CoachMessageStatus.Answered;
        Counted(at);
    }

    public void Failed(string error)
    {
        Status = CoachMessageStatus.Failed;
        Error = error;
    }
}

/// <summary>What is recorded about a reply besides its text.</summary>
internal sealed record CoachReplyInfo(string Model, string? Intent, int? InputTokens, int? OutputTokens, int LatencyMs);
