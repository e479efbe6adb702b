using System.Collections.Concurrent;
using System.Reflection;
using Mapster;

namespace CaliFlow.BuildingBlocks.Mapping;

/// <summary>
/// One Mapster configuration per module, built from that module's own <see cref="IRegister"/> classes: modules' mappings never
/// mix, and nothing goes through Mapster's global settings (test hosts start side by side in one process). Used for entity →
/// response projections in EF queries (<c>ProjectToType</c>), where the query then reads only the columns the response needs.
/// </summary>
public static class ModuleMappings
{
    private static readonly ConcurrentDictionary<Assembly, TypeAdapterConfig> Configs = new();

    /// <summary>The configuration of the module whose assembly holds <typeparamref name="TModuleType"/>, built once.</summary>
    public static TypeAdapterConfig Of<TModuleType>() => Configs.GetOrAdd(typeof(TModuleType).Assembly, Build);

    /// <summary>A fresh configuration from the module's <see cref="IRegister"/> classes (the unit tests compile each one).</summary>
    public static TypeAdapterConfig Build(Assembly moduleAssembly)
    {
        // A destination member with no source fails Compile() (and the unit test) instead of quietly staying empty.
        var config = new TypeAdapterConfig { RequireDestinationMemberSource = true };
        config.Scan(moduleAssembly);
        return config;
    }
}
