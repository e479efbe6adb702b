using CaliFlow.ArchitectureTests.Rules;
using Shouldly;
using Xunit;

namespace CaliFlow.ArchitectureTests;

public sealed class SchemaTests
{
    public static TheoryData<string> ModuleNames() => [.. Catalog.Modules.Select(m => m.Name)];

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void Every_DbContext_has_a_design_time_factory(string module)
    {
        var result = SchemaRules.DbContextsWithoutDesignTimeFactory(Catalog.Module(module).Internals);

        result.ShouldHold("migrations are added with `dotnet ef`, which builds the context through its factory");
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void Each_DbContext_keeps_to_its_module_schema(string module)
    {
        var descriptor = Catalog.Module(module);
        var contexts = SchemaRules.CreateDesignTimeDbContexts(descriptor.Internals);
        var problems = new List<string>();
        foreach (var context in contexts)
        {
            using (context)
            {
                problems.AddRange(SchemaRules.SchemaProblems(context, descriptor.Schema));
            }
        }

        contexts.ShouldNotBeEmpty($"{module} has no design-time DbContext factory to check");
        problems.ShouldBeEmpty();
    }
}
