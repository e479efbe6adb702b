using CaliFlow.BuildingBlocks.Persistence;
using CaliFlow.Modules.Users.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CaliFlow.Modules.Users.Persistence;

internal sealed class UsersDbContext(DbContextOptions<UsersDbContext> options) : DbContext(options)
{
    public const string Schema = "users";

    public DbSet<User> Users => Set<User>();

    public DbSet<UserProfile> Profiles => Set<UserProfile>();

    public DbSet<Subscription> Subscriptions => Set<Subscription>();

    public DbSet<RefreshToken> RefreshTokens => Set<RefreshToken>();

    public DbSet<AccountToken> AccountTokens => Set<AccountToken>();

    public DbSet<AccessToken> AccessTokens => Set<AccessToken>();

    public DbSet<SignInThrottle> SignInThrottles => Set<SignInThrottle>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(UsersDbContext).Assembly);
        modelBuilder.ApplyModuleConventions(Schema);
    }
}

/// <summary>Lets `dotnet ef` (migrations, model checks) build the context without starting the host.</summary>
internal sealed class UsersDbContextDesignTimeFactory : IDesignTimeDbContextFactory<UsersDbContext>
{
    public UsersDbContext CreateDbContext(string[] args) =>
        new(PersistenceRegistration.DesignTimeOptions<UsersDbContext>(UsersDbContext.Schema));
}
