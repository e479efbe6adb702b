using CaliFlow.BuildingBlocks.Persistence;

namespace CaliFlow.Modules.Programming.Domain;

/// <summary>
/// A user's calendar subscription: calendar apps cannot send headers, so the feed's address carries its own token (only the
/// SHA-256 is stored). One per user; making a new one replaces the old, deleting it revokes it.
/// </summary>
internal sealed class CalendarFeed : IHasTimestamps
{
    private CalendarFeed()
    {
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public string TokenHash { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static CalendarFeed Issue(Guid userId, string tokenHash) =>
        new() { Id = Guid.CreateVersion7(), UserId = userId, TokenHash = tokenHash };
}
