using CaliFlow.BuildingBlocks.Application;
using Mediator;

namespace CaliFlow.Modules.Platform.MigrationStatus.GetMigrations;

internal sealed record GetMigrationsQuery : IQuery<Result<IReadOnlyList<ModuleMigrations>>>;

internal sealed record ModuleMigrations(string Schema, string DbContext, IReadOnlyList<string> Applied, IReadOnlyList<string> Pending);
