using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaliFlow.BuildingBlocks.Persistence;

/// <summary>The modules' DbContexts and schemas, filled by each module's registration: drives transactions and migrations.</summary>
public sealed class ModuleCatalog
{
    private readonly Dictionary<Assembly, ModuleDatabase> _byAssembly = [];

    public IReadOnlyCollection<ModuleDatabase> Databases => _byAssembly.Values;

    public void Add(ModuleDatabase database) => _byAssembly[database.DbContextType.Assembly] = database;

    public Type? DbContextFor(Type messageType) =>
        _byAssembly.TryGetValue(messageType.Assembly, out var database) ? database.DbContextType : null;

    /// <summary>
    /// The DbContext a pipeline behaviour opens a transaction on for a message: its module's, unless the module has none or a
    /// transaction is already open on it (a message sent from inside another's handler joins that one).
    /// </summary>
    public DbContext? DbContextWithoutTransaction(IServiceProvider services, Type messageType) =>
        DbContextFor(messageType) is { } type && (DbContext)services.GetRequiredService(type) is { Database.CurrentTransaction: null } db
            ? db
            : null;
}

public sealed record ModuleDatabase(Type DbContextType, string Schema);
