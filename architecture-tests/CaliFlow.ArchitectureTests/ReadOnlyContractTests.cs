using CaliFlow.ArchitectureTests.Rules;
using CaliFlow.BuildingBlocks.Application;
using Shouldly;
using Xunit;

namespace CaliFlow.ArchitectureTests;

public sealed class ReadOnlyContractTests
{
    public static TheoryData<string> ModuleNames() => [.. Catalog.Modules.Select(m => m.Name)];

    private static IReadOnlyList<Type> ReadOnlyContracts =>
        [.. Catalog.Modules.SelectMany(m => m.Contracts.GetTypes())
            .Where(t => t.IsInterface && t.IsDefined(typeof(ReadOnlyContractAttribute), inherit: false))];

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void Query_services_other_modules_call_inside_their_transaction_never_write(string module)
    {
        var implementations = ReadOnlyContractRules.ImplementationsIn(Catalog.Module(module).Internals, ReadOnlyContracts);

        ReadOnlyContractRules.WritesReachableFrom(implementations)
            .ShouldBeEmpty("a read-only Contracts query runs inside the caller's transaction and must not write");
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
