using CaliFlow.BuildingBlocks.Persistence;
using CaliFlow.Modules.Users.Contracts;

namespace CaliFlow.Modules.Users.Domain;

internal sealed class User : IHasTimestamps, ISoftDeletable
{
    /// <summary>Failed sign-ins in a row that lock the account; counted in PostgreSQL so every API instance sees them.</summary>
    public const int MaxFailedSignIns = 5;

    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

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

    public string Role { get; private set; } = UserRoles.Member;

    public int FailedSignIns { get; private set; }

    public DateTimeOffset? LockedUntil { get; private set; }

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

    public bool IsLockedOut(DateTimeOffset now) => LockedUntil > now;

    public void RecordFailedSignIn(DateTimeOffset now)
    {
        FailedSignIns++;
        if (FailedSignIns >= MaxFailedSignIns)
        {
            LockedUntil = now + LockoutDuration;
            FailedSignIns = 0;
        }
    }

    public void RecordSuccessfulSignIn()
    {
        FailedSignIns = 0;
        LockedUntil = null;
    }

    public void ChangePassword(string passwordHash) => PasswordHash = passwordHash;

    public void VerifyEmail(DateTimeOffset now) => EmailVerifiedAt ??= now;

    public void ChangeRole(string role) => Role = role;

    public void Delete(DateTimeOffset now) => DeletedAt ??= now;
}
