using CaliFlow.BuildingBlocks.Application;
using CaliFlow.BuildingBlocks.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Platform.MigrationStatus.GetMigrations;

/// <summary>Asks each module's DbContext (from the catalog every module registers into) what its history table holds.</summary>
internal sealed class GetMigrationsHandler(ModuleCatalog modules, IServiceProvider services)
    : IQueryHandler<GetMigrationsQuery, Result<IReadOnlyList<ModuleMigrations>>>
{
    public async ValueTask<Result<IReadOnlyList<ModuleMigrations>>> Handle(GetMigrationsQuery query, CancellationToken cancellationToken)
    {
        var result = new List<ModuleMigrations>();
        foreach (var database in modules.Databases.OrderBy(d => d.Schema, StringComparer.Ordinal))
        {
            var db = (DbContext)services.GetService(database.DbContextType)!;
            var applied = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList();
            var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            result.Add(new ModuleMigrations(database.Schema, database.DbContextType.Name, applied, pending));
        }

        return result;
    }
}
