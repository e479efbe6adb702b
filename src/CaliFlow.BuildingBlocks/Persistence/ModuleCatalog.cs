using System.Reflection;

namespace CaliFlow.BuildingBlocks.Persistence;

/// <summary>The modules' DbContexts and schemas, filled by each module's registration: drives transactions and migrations.</summary>
public sealed class ModuleCatalog
{
    private readonly Dictionary<Assembly, ModuleDatabase> _byAssembly = [];

    public IReadOnlyCollection<ModuleDatabase> Databases => _byAssembly.Values;

    public void Add(ModuleDatabase database) => _byAssembly[database.DbContextType.Assembly] = database;

    public Type? DbContextFor(Type messageType) =>
        _byAssembly.TryGetValue(messageType.Assembly, out var database) ? database.DbContextType : null;
}

public sealed record ModuleDatabase(Type DbContextType, string Schema);
