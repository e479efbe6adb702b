using CaliFlow.BuildingBlocks.Persistence;

namespace CaliFlow.Modules.Users.Domain;

/// <summary>
/// A personal access token another app holds for the user, limited to its scopes. Only its SHA-256 is stored; the token itself is
/// shown once, at creation. Revoking deletes the row.
/// </summary>
internal sealed class AccessToken : IHasTimestamps
{
    /// <summary>Recognisable in a leak (secret scanners, logs): every token starts with it.</summary>
    public const string Prefix = "cfp_";

    private AccessToken()
    {
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public string Name { get; private set; } = "";

    public string TokenHash { get; private set; } = "";

    /// <summary>The token's first characters, so a list can tell tokens apart without holding them.</summary>
    public string Hint { get; private set; } = "";

    public string[] Scopes { get; private set; } = [];

    public DateTimeOffset? ExpiresAt { get; private set; }

    public DateTimeOffset? LastUsedAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static AccessToken Issue(Guid userId, string name, string token, string tokenHash, IEnumerable<string> scopes, DateTimeOffset? expiresAt) =>
        new()
        {
            Id = Guid.CreateVersion7(),
            UserId = userId,
            Name = name,
            TokenHash = tokenHash,
            Hint = token[..(Prefix.Length + 6)],
            Scopes = [.. scopes.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            ExpiresAt = expiresAt,
        };
}
