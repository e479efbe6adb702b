using CaliFlow.ArchitectureTests.Rules;
using NetArchTest.Rules;
using Xunit;

namespace CaliFlow.ArchitectureTests;

public sealed class ModuleBoundaryTests
{
    /// <summary>Every (assembly that must stay out, module) pair from the catalog.</summary>
    public static TheoryData<string, string> KeptOutPairs()
    {
        var rows = new TheoryData<string, string>();
        foreach (var module in Catalog.Modules)
        {
            foreach (var outsider in Catalog.AssembliesKeptOutOf(module))
            {
                rows.Add(outsider.GetName().Name!, module.Name);
            }
        }

        return rows;
    }

    public static TheoryData<string> ModuleNames() => [.. Catalog.Modules.Select(m => m.Name)];

    public static TheoryData<string> SharedAssemblyNames() => [.. Catalog.SharedAssemblies().Select(a => a.GetName().Name!)];

    [Theory]
    [MemberData(nameof(KeptOutPairs))]
    public void No_other_module_nor_any_contracts_use_a_module_internals(string outsider, string module)
    {
        var result = ModuleBoundaryRules.TypesReachingInto(Types.InAssembly(Catalog.AssemblyNamed(outsider)), Catalog.Module(module));

        result.ShouldHold($"{outsider} may know {module} only through {module}'s Contracts");
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void The_host_uses_a_module_internals_only_through_its_entry_point(string module)
    {
        var descriptor = Catalog.Module(module);

        var result = ModuleBoundaryRules.HostTypesBypassingEntryPoint(Types.InAssembly(Catalog.Host), descriptor);

        result.ShouldHold($"the host may call only {descriptor.EntryPoint.Name} in {module}'s internals");
    }

    [Theory]
    [MemberData(nameof(SharedAssemblyNames))]
    public void Contracts_and_building_blocks_reference_no_module_internals_assembly(string assembly)
    {
        var result = ModuleBoundaryRules.ReferencedModuleInternals(Catalog.AssemblyNamed(assembly));

        result.ShouldHold($"{assembly} is shared by every module and may not depend on one's internals");
    }
}
