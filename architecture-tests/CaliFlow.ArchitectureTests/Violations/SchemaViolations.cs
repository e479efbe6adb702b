using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CaliFlow.ArchitectureTests.Violations;

// Deliberately bad code: RulesCatchViolationsTests runs the real rules on this namespace and expects each type here to be named.

public sealed class ViolationRow
{
    public Guid Id { get; set; }
}

/// <summary>Sets the default schema and stops there: a table overrides it and the history table stays out of the schema.</summary>
public sealed class SharedSchemaDbContext(DbContextOptions<SharedSchemaDbContext> options) : DbContext(options)
{
    public const string IntendedSchema = "violations";

    public DbSet<ViolationRow> Rows => Set<ViolationRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(IntendedSchema);
        modelBuilder.Entity<ViolationRow>().ToTable("rows", "public");
    }
}

public sealed class SharedSchemaDbContextFactory : IDesignTimeDbContextFactory<SharedSchemaDbContext>
{
    // Building the model never opens the connection.
    public SharedSchemaDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SharedSchemaDbContext>().UseNpgsql("Host=127.0.0.1;Database=never_opened").Options);
}

/// <summary>No design-time factory: `dotnet ef migrations add` could not build it.</summary>
public sealed class FactorylessDbContext(DbContextOptions<FactorylessDbContext> options) : DbContext(options);
