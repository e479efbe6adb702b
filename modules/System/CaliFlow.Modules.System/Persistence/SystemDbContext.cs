using CaliFlow.BuildingBlocks.Persistence;
using CaliFlow.Modules.System.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Npgsql;

namespace CaliFlow.Modules.System.Persistence;

internal sealed class SystemDbContext(DbContextOptions<SystemDbContext> options) : DbContext(options)
{
    public const string Schema = "system";

    public DbSet<AuditLog> AuditLogs => Set<AuditLog>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SystemDbContext).Assembly);
        modelBuilder.ApplyModuleConventions(Schema);
    }
}

/// <summary>Lets `dotnet ef migrations add` build the model without starting the host.</summary>
internal sealed class SystemDbContextDesignTimeFactory : IDesignTimeDbContextFactory<SystemDbContext>
{
    public SystemDbContext CreateDbContext(string[] args)
    {
        var dataSource = new NpgsqlDataSourceBuilder(PersistenceRegistration.DefaultConnectionString).Build();
        var options = new DbContextOptionsBuilder<SystemDbContext>().UseModuleNpgsql(dataSource, SystemDbContext.Schema);
        return new SystemDbContext((DbContextOptions<SystemDbContext>)options.Options);
    }
}
