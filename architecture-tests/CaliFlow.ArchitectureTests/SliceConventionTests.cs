using System.Reflection;
using Carter;
using CaliFlow.BuildingBlocks.Mcp;
using ModelContextProtocol.Server;
using CaliFlow.ArchitectureTests.Rules;
using NetArchTest.Rules;
using Xunit;

namespace CaliFlow.ArchitectureTests;

public sealed class SliceConventionTests
{
    public static TheoryData<string> ModuleNames() => [.. Catalog.Modules.Select(m => m.Name)];

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void Handlers_and_validators_are_internal_and_sealed(string module)
    {
        var result = SliceRules.HandlersAndValidatorsNotInternalSealed(Types.InAssembly(Catalog.Module(module).Internals));

        result.ShouldHold("handlers and validators belong to their slice: internal sealed");
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void Handlers_that_save_run_inside_a_transaction_begun_for_them(string module)
    {
        var result = TransactionRules.HandlersSavingOutsideATransaction(Types.InAssembly(Catalog.Module(module).Internals));

        result.ShouldHold("only commands and integration events run in a transaction; a query's save would commit on its own");
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void Handlers_never_begin_or_commit_a_transaction(string module)
    {
        var result = TransactionRules.HandlersOwningATransaction(Types.InAssembly(Catalog.Module(module).Internals));

        result.ShouldHold("the transaction behaviour begins and commits a command's transaction; a handler only saves inside it");
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void Routes_are_mapped_only_in_Carter_modules(string module)
    {
        var result = SliceRules.RouteMappingOutsideCarterModules(Types.InAssembly(Catalog.Module(module).Internals));

        result.ShouldHold("a module's routes are mapped by its ICarterModule slices, which the host maps");
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void Carter_modules_are_named_Endpoint(string module)
    {
        var result = SliceRules.CarterModulesNotNamedEndpoint(Types.InAssembly(Catalog.Module(module).Internals));

        result.ShouldHold("each slice's Carter module is named <Slice>Endpoint");
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void A_slice_uses_no_other_slice_and_nothing_outside_the_slices_uses_one(string module)
    {
        var descriptor = Catalog.Module(module);

        foreach (var parent in descriptor.SliceParentNamespaces)
        {
            SliceIsolationRules.TypesUsingAnotherSlice(Types.InAssembly(descriptor.Internals), parent)
                .ShouldHold($"{parent}: what several slices share lives in a module-level folder named for what it is, not in one of them");
        }
    }

    [Theory]
    [MemberData(nameof(ModuleNames))]
    public void Every_endpoint_lives_in_a_slice_the_catalog_knows(string module)
    {
        // Otherwise the slice rule above would pass over a module whose slices sit where it does not look.
        var descriptor = Catalog.Module(module);
        var endpoints = descriptor.Internals.GetTypes().Where(t => typeof(ICarterModule).IsAssignableFrom(t) && !t.IsAbstract).ToList();
        var strays = endpoints
            .Where(t => !descriptor.SliceParentNamespaces.Any(parent => t.Namespace!.StartsWith(parent + ".", StringComparison.Ordinal)))
            .Select(t => t.FullName!);

        RuleResult.Of(endpoints.Select(t => t.FullName!), strays)
            .ShouldHold($"endpoints live in slice folders under {string.Join(", ", descriptor.SliceParentNamespaces)}");
    }

    [Fact]
    public void Every_mcp_tool_lives_in_a_slice_and_names_the_token_scope_it_needs()
    {
        // The host's filter refuses a tool without a scope at run time; this says so at build time, for every module at once.
        var tools = Catalog.Modules
            .SelectMany(m => m.Internals.GetTypes().Select(t => (Module: m, Type: t)))
            .SelectMany(x => x.Type.GetMethods().Where(method => method.GetCustomAttribute<McpServerToolAttribute>() is not null)
                .Select(method => (x.Module, x.Type, Method: method)))
            .ToList();
        var offenders = tools
            .Where(t => t.Method.GetCustomAttribute<RequiresScopeAttribute>() is null ||
                        !t.Module.SliceParentNamespaces.Any(parent => t.Type.Namespace!.StartsWith(parent + ".", StringComparison.Ordinal)))
            .Select(t => $"{t.Type.FullName}.{t.Method.Name}");

        RuleResult.Of(tools.Select(t => $"{t.Type.FullName}.{t.Method.Name}"), offenders)
            .ShouldHold("an MCP tool is one more door into its slice, and names the personal-access-token scope it needs");
    }
}
