using CaliFlow.BuildingBlocks.Persistence;
using CaliFlow.Modules.Users.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Npgsql;

namespace CaliFlow.Modules.Users.Persistence;

internal sealed class UsersDbContext(DbContextOptions<UsersDbContext> options) : DbContext(options)
{
    public const string Schema = "users";

    public DbSet<User> Users => Set<User>();

    public DbSet<UserProfile> Profiles => Set<UserProfile>();

    public DbSet<Subscription> Subscriptions => Set<Subscription>();

    public DbSet<RefreshToken> RefreshTokens => Set<RefreshToken>();

    public DbSet<AccountToken> AccountTokens => Set<AccountToken>();

    public DbSet<SignInThrottle> SignInThrottles => Set<SignInThrottle>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(UsersDbContext).Assembly);
        modelBuilder.ApplyModuleConventions(Schema);
    }
}

/// <summary>Lets `dotnet ef migrations add` build the model without starting the host.</summary>
internal sealed class UsersDbContextDesignTimeFactory : IDesignTimeDbContextFactory<UsersDbContext>
{
    public UsersDbContext CreateDbContext(string[] args)
    {
        var dataSource = new NpgsqlDataSourceBuilder(PersistenceRegistration.DefaultConnectionString).Build();
        var options = new DbContextOptionsBuilder<UsersDbContext>().UseModuleNpgsql(dataSource, UsersDbContext.Schema);
        return new UsersDbContext((DbContextOptions<UsersDbContext>)options.Options);
    }
}
