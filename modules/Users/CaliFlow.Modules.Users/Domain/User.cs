using CaliFlow.BuildingBlocks.Persistence;
using CaliFlow.Modules.Users.Contracts;

namespace CaliFlow.Modules.Users.Domain;

internal sealed class User : IHasTimestamps, ISoftDeletable
{
    private User()
    {
    }

    public Guid Id { get; private set; }

    public string Email { get; private set; } = "";

    /// <summary>Lower-cased email: uniqueness and look-ups are case-insensitive.</summary>
    public string NormalizedEmail { get; private set; } = "";

    public string PasswordHash { get; private set; } = "";

    /// <summary>When the owner proved the address is theirs (a verification or password-reset link); null until then.</summary>
    public DateTimeOffset? EmailVerifiedAt { get; private set; }

    /// <summary>At most this many account mails (links, notices) an hour reach one address, however many times they are asked for.</summary>
    public const int AccountMailsPerHour = 5;

    public DateTimeOffset? AccountMailWindowStart { get; private set; }

    public int AccountMailsInWindow { get; private set; }

    public string Role { get; private set; } = UserRoles.Member;

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? DeletedAt { get; private set; }

    public UserProfile Profile { get; private set; } = null!;

    public Subscription Subscription { get; private set; } = null!;

    public static string Normalize(string email) => email.Trim().ToLowerInvariant();

    /// <summary>A new member with a default training profile and a free subscription.</summary>
    public static User Register(string email, string passwordHash)
    {
        var id = Guid.CreateVersion7();
        return new User
        {
            Id = id,
            Email = email.Trim(),
            NormalizedEmail = Normalize(email),
            PasswordHash = passwordHash,
            Profile = UserProfile.DefaultFor(id),
            Subscription = Subscription.FreeFor(id),
        };
    }

    public void ChangePassword(string passwordHash) => PasswordHash = passwordHash;

    public void VerifyEmail(DateTimeOffset now) => EmailVerifiedAt ??= now;

    /// <summary>
    /// Counts one account mail to this address; false when the hour's allowance is spent. Forgot-password and registering a
    /// taken address are open to anyone, so without this a stranger could fill an inbox from many client addresses.
    /// </summary>
    public bool TryCountAccountMail(DateTimeOffset now)
    {
        if (AccountMailWindowStart is not { } start || now - start >= TimeSpan.FromHours(1))
        {
            AccountMailWindowStart = now;
            AccountMailsInWindow = 0;
        }

        if (AccountMailsInWindow >= AccountMailsPerHour)
        {
            return false;
        }

        AccountMailsInWindow++;
        return true;
    }

    public void ChangeRole(string role) => Role = role;

    public void Delete(DateTimeOffset now) => DeletedAt ??= now;
}
