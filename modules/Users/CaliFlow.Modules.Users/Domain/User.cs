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

    public void ChangeRole(string role) => Role = role;

    public void Delete(DateTimeOffset now) => DeletedAt ??= now;
}
