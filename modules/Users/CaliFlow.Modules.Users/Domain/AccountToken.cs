using CaliFlow.BuildingBlocks.Persistence;

namespace CaliFlow.Modules.Users.Domain;

internal enum AccountTokenPurpose
{
    VerifyEmail,
    ResetPassword,
}

/// <summary>
/// The token of a link mailed to the account's address (verify the address, reset the password). Only its SHA-256 is stored;
/// it works once, until it expires, and only while it is the latest of its purpose: mailing a new one spends the older ones.
/// </summary>
internal sealed class AccountToken : IHasTimestamps
{
    /// <summary>Long enough for someone who signs up in the evening and reads mail the day after tomorrow.</summary>
    public static readonly TimeSpan VerifyEmailLifetime = TimeSpan.FromHours(48);

    /// <summary>A reset link takes over the account: short, as OWASP advises.</summary>
    public static readonly TimeSpan ResetPasswordLifetime = TimeSpan.FromMinutes(30);

    private AccountToken()
    {
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public AccountTokenPurpose Purpose { get; private set; }

    public string TokenHash { get; private set; } = "";

    public DateTimeOffset ExpiresAt { get; private set; }

    /// <summary>When it was used, or replaced by a newer link of its purpose.</summary>
    public DateTimeOffset? ConsumedAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static AccountToken Issue(Guid userId, AccountTokenPurpose purpose, string tokenHash, DateTimeOffset now) =>
        new()
        {
            Id = Guid.CreateVersion7(),
            UserId = userId,
            Purpose = purpose,
            TokenHash = tokenHash,
            ExpiresAt = now + (purpose == AccountTokenPurpose.VerifyEmail ? VerifyEmailLifetime : ResetPasswordLifetime),
        };

    public bool IsUsable(AccountTokenPurpose purpose, DateTimeOffset now) => Purpose == purpose && ConsumedAt is null && ExpiresAt > now;

    public void Consume(DateTimeOffset now) => ConsumedAt ??= now;
}
