using CaliFlow.BuildingBlocks.Persistence;

namespace CaliFlow.Modules.Users.Domain;

/// <summary>
/// One link of a sign-in session (family). Only the SHA-256 of the token is stored. Refreshing rotates: the old link is revoked
/// and points at its successor; presenting a revoked link again means it leaked, and the whole family is revoked. Every link
/// carries the family's absolute end, fixed at sign-in, and never expires after it.
/// </summary>
internal sealed class RefreshToken : IHasTimestamps
{
    private RefreshToken()
    {
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public Guid FamilyId { get; private set; }

    public string TokenHash { get; private set; } = "";

    public DateTimeOffset ExpiresAt { get; private set; }

    /// <summary>When the sign-in session ends whatever happens: sign-in time + Jwt:SessionLifetime, copied to each successor.</summary>
    public DateTimeOffset FamilyExpiresAt { get; private set; }

    public DateTimeOffset? RevokedAt { get; private set; }

    public Guid? ReplacedById { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static RefreshToken Issue(
        Guid userId, Guid familyId, string tokenHash, DateTimeOffset expiresAt, DateTimeOffset familyExpiresAt) =>
        new()
        {
            Id = Guid.CreateVersion7(),
            UserId = userId,
            FamilyId = familyId,
            TokenHash = tokenHash,
            ExpiresAt = expiresAt < familyExpiresAt ? expiresAt : familyExpiresAt,
            FamilyExpiresAt = familyExpiresAt,
        };

    public bool IsActive(DateTimeOffset now) => RevokedAt is null && ExpiresAt > now;

    public void Revoke(DateTimeOffset now, Guid? replacedBy = null)
    {
        RevokedAt ??= now;
        ReplacedById ??= replacedBy;
    }
}
