using CaliFlow.ArchitectureTests.Rules;
using CaliFlow.BuildingBlocks.Application;
using Shouldly;
using Xunit;

namespace CaliFlow.ArchitectureTests;

public sealed class ReadOnlyContractTests
{
    /// <summary>The modules whose Contracts declare a read-only query interface: their internals implement it.</summary>
    public static TheoryData<string> ModulesOfferingReadOnlyQueries() =>
        [.. Catalog.Modules.Where(m => ReadOnlyContractsOf(m).Count > 0).Select(m => m.Name)];

    private static IReadOnlyList<Type> ReadOnlyContracts => [.. Catalog.Modules.SelectMany(ReadOnlyContractsOf)];

    private static List<Type> ReadOnlyContractsOf(ModuleDescriptor module) =>
        [.. module.Contracts.GetTypes().Where(t => t.IsInterface && t.IsDefined(typeof(ReadOnlyContractAttribute), inherit: false))];

    [Theory]
    [MemberData(nameof(ModulesOfferingReadOnlyQueries))]
    public void Query_services_other_modules_call_inside_their_transaction_never_write(string module)
    {
        var descriptor = Catalog.Module(module);
        var implementations = ReadOnlyContractRules.ImplementationsIn(descriptor.Internals, ReadOnlyContracts);

        // Each read-only interface the module offers is implemented in its internals, so the rule reads the code callers reach.
        ReadOnlyContractsOf(descriptor).Where(contract => !implementations.Any(contract.IsAssignableFrom)).ShouldBeEmpty();
        ReadOnlyContractRules.WritesReachableFrom(implementations)
            .ShouldHold("a read-only Contracts query runs inside the caller's transaction and must not write");
    }

    [Fact]
    public void Every_Contracts_queries_interface_is_marked_read_only()
    {
        var unmarked = Catalog.Modules.SelectMany(m => m.Contracts.GetTypes())
            .Where(t => t.IsInterface && t.Name.EndsWith("Queries", StringComparison.Ordinal))
            .Except(ReadOnlyContracts)
            .Select(t => t.FullName);

        unmarked.ShouldBeEmpty("a Contracts interface named *Queries promises reads only: mark it [ReadOnlyContract] so the rule checks it");
        ReadOnlyContracts.Count.ShouldBeGreaterThanOrEqualTo(5);
    }
}
