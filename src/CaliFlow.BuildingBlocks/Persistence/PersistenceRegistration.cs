using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace CaliFlow.BuildingBlocks.Persistence;

public static class PersistenceRegistration
{
    public const string DefaultConnectionString =
        "Host=127.0.0.1;Port=55432;Database=califlow;Username=califlow;Maximum Pool Size=30;Minimum Pool Size=2";

    /// <summary>Each module's migrations history table, kept in the module's own schema.</summary>
    public const string MigrationsHistoryTable = "schema_migrations";

    /// <summary>One pooled data source for every module: one pool sized for the whole process, shared schemas, one database.</summary>
    public static IServiceCollection AddCaliFlowPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        CatalogOf(services);
        services.TryAddSingleton(_ => DataSource(configuration.GetConnectionString("Postgres") ?? DefaultConnectionString));
        // One connection per request (scope), shared by every module's DbContext: a command's transaction and the other
        // modules' reads it makes on the way (profile, library, plan) then need one pooled connection, not one each. With one
        // each, a burst of requests could take every pooled connection for their transactions and all wait for a second.
        services.TryAddScoped(provider => provider.GetRequiredService<NpgsqlDataSource>().CreateConnection());
        return services;
    }

    /// <summary>
    /// The pool every module shares. Two settings every deployment wants, so they are set here rather than left to each
    /// connection string: no <c>DISCARD ALL</c> each time a connection goes back to the pool (nothing here leaves session
    /// state behind: advisory locks are transaction-scoped, no SET, no temporary tables), which also keeps the statements
    /// Npgsql prepares automatically for the queries a connection runs often.
    /// </summary>
    private static NpgsqlDataSource DataSource(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        builder.ConnectionStringBuilder.NoResetOnClose = true;
        builder.ConnectionStringBuilder.MaxAutoPrepare = 64;
        builder.ConnectionStringBuilder.AutoPrepareMinUsages = 2;
        return builder.Build();
    }

    /// <summary>Registers a module's DbContext on its own schema, with its migrations history table inside that schema.</summary>
    public static IServiceCollection AddModuleDbContext<TContext>(this IServiceCollection services, string schema)
        where TContext : DbContext
    {
        // Pooled: a request reuses a context whose options and internal services are built once, instead of building them for
        // every context its handlers take (cached reads take several and never query). Each lease is pointed at the request's
        // shared connection; the context does not own it, and goes back to the pool when the request's scope ends.
        services.AddPooledDbContextFactory<TContext>(options => options.UseModuleNpgsql(schema), poolSize: 128);
        services.AddScoped(provider =>
        {
            var db = provider.GetRequiredService<IDbContextFactory<TContext>>().CreateDbContext();
            db.Database.SetDbConnection(provider.GetRequiredService<NpgsqlConnection>());
            return db;
        });

        CatalogOf(services).Add(new ModuleDatabase(typeof(TContext), schema));
        return services;
    }

    // The catalog is filled while services are registered, so it is a ready-made instance rather than a factory.
    private static ModuleCatalog CatalogOf(IServiceCollection services)
    {
        if (services.FirstOrDefault(d => d.ServiceType == typeof(ModuleCatalog))?.ImplementationInstance is ModuleCatalog catalog)
        {
            return catalog;
        }

        catalog = new ModuleCatalog();
        services.AddSingleton(catalog);
        return catalog;
    }

    /// <summary>
    /// The provider settings of every module context, at run time and at design time alike: PostgreSQL over
    /// <paramref name="connection"/>, the migrations history table in the module's schema (HasDefaultSchema does not move it),
    /// snake_case names.
    /// </summary>
    public static DbContextOptionsBuilder UseModuleNpgsql(this DbContextOptionsBuilder options, NpgsqlConnection connection, string schema) =>
        options
            .UseNpgsql(connection, npgsql => npgsql.MigrationsHistoryTable(MigrationsHistoryTable, schema))
            .UseSnakeCaseNamingConvention();

    /// <summary>The same settings with the connection left for each use to set (<c>Database.SetDbConnection</c>): for pooled contexts.</summary>
    public static DbContextOptionsBuilder UseModuleNpgsql(this DbContextOptionsBuilder options, string schema) =>
        options
            .UseNpgsql(npgsql => npgsql.MigrationsHistoryTable(MigrationsHistoryTable, schema))
            .UseSnakeCaseNamingConvention();

    /// <summary>
    /// What a module's design-time factory gives its context, so that `dotnet ef` builds the model the host runs without starting
    /// the host. The connection, to the default database, is opened only by commands that need one (`migrations list`).
    /// </summary>
    public static DbContextOptions<TContext> DesignTimeOptions<TContext>(string schema)
        where TContext : DbContext
    {
        var options = new DbContextOptionsBuilder<TContext>();
        options.UseModuleNpgsql(new NpgsqlConnection(DefaultConnectionString), schema);
        return options.Options;
    }

    /// <summary>
    /// Applies every module's pending migrations (EF takes a lock, so concurrent instances wait their turn), then lets each
    /// module load the reference data it ships (e.g. the exercise library).
    /// </summary>
    public static async Task MigrateModulesAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        foreach (var database in scope.ServiceProvider.GetRequiredService<ModuleCatalog>().Databases)
        {
            var db = (DbContext)scope.ServiceProvider.GetRequiredService(database.DbContextType);
            await db.Database.MigrateAsync(cancellationToken);
        }

        foreach (var seeder in scope.ServiceProvider.GetServices<IReferenceDataSeeder>())
        {
            await seeder.SeedAsync(cancellationToken);
        }
    }
}
