using CaliFlow.ArchitectureTests.Rules;
using CaliFlow.ArchitectureTests.Violations;
using CaliFlow.ArchitectureTests.Violations.Features.SliceA;
using CaliFlow.ArchitectureTests.Violations.Features.SliceBArchive;
using NetArchTest.Rules;
using Shouldly;
using Xunit;

namespace CaliFlow.ArchitectureTests;

/// <summary>
/// A rule that cannot fail proves nothing: each rule the real tests use is run here, unchanged, on the deliberately bad types
/// of the Violations namespace, and must name exactly the types that break it.
/// </summary>
public sealed class RulesCatchViolationsTests
{
    private static readonly ModuleDescriptor Users = Catalog.Module("Users");

    private static Types ViolationTypes => Types.InNamespace(typeof(UsesUsersInternals).Namespace!);

    [Fact]
    public void A_rule_holds_only_if_it_examined_something()
    {
        Should.Throw<ShouldAssertException>(() => RuleResult.Of([], []).ShouldHold("nothing to look at"));
        SliceIsolationRules.TypesUsingAnotherSlice(ViolationTypes, "CaliFlow.NoSuchModule.Features").Examined.ShouldBeEmpty();
        SliceRules.HandlersAndValidatorsNotInternalSealed(Types.InNamespace("CaliFlow.NoSuchModule")).Examined.ShouldBeEmpty();
    }

    [Fact]
    public void The_boundary_rule_names_a_type_using_another_module_internals_or_entry_point()
    {
        ModuleBoundaryRules.TypesReachingInto(ViolationTypes, Users).Offenders
            .ShouldBe([typeof(CallsUsersEntryPoint).FullName!, typeof(UsesUsersInternals).FullName!]);
    }

    [Fact]
    public void The_host_boundary_rule_names_a_type_using_internals_but_allows_the_entry_point()
    {
        ModuleBoundaryRules.HostTypesBypassingEntryPoint(ViolationTypes, Users).Offenders
            .ShouldBe([typeof(UsesUsersInternals).FullName!]);
    }

    [Fact]
    public void The_reference_rule_names_a_module_internals_assembly_an_assembly_references()
    {
        // The test assembly plays a Contracts assembly that references every module's internals (the catalog names their
        // entry points), Users' among them through the Violations types.
        ModuleBoundaryRules.ReferencedModuleInternals(typeof(UsesUsersInternals).Assembly).Offenders
            .ShouldBe(Catalog.Modules.Select(m => m.Internals.GetName().Name!), ignoreOrder: true);
        ModuleBoundaryRules.ReferencedModuleInternals(Catalog.BuildingBlocks).Offenders.ShouldBeEmpty();
    }

    [Fact]
    public void The_slice_rule_names_public_or_unsealed_handlers_and_validators()
    {
        SliceRules.HandlersAndValidatorsNotInternalSealed(ViolationTypes).Offenders.ShouldBe(
        [
            typeof(InternalOpenQueryHandler).FullName!,
            typeof(PublicIntegrationEventHandler).FullName!,
            typeof(PublicOpenCommandHandler).FullName!,
            typeof(PublicOpenValidator).FullName!,
            typeof(PublicSealedNotificationHandler).FullName!,
            typeof(PublicStreamQueryHandler).FullName!,
        ]);
    }

    [Fact]
    public void The_endpoint_rules_name_routes_mapped_outside_Carter_and_a_misnamed_Carter_module()
    {
        SliceRules.RouteMappingOutsideCarterModules(ViolationTypes).Offenders.ShouldBe([typeof(MapsRouteOutsideCarter).FullName!]);
        SliceRules.CarterModulesNotNamedEndpoint(ViolationTypes).Offenders.ShouldBe([typeof(ViolationRoutes).FullName!]);
    }

    [Fact]
    public void The_read_only_contract_rule_follows_calls_into_state_machines_lambdas_and_helpers()
    {
        var implementations = ReadOnlyContractRules.ImplementationsIn(typeof(SavingQueries).Assembly, [typeof(IViolationQueries)]).ToList();
        implementations.ShouldBe([typeof(DelegatingQueries), typeof(ReadingQueries), typeof(SavingQueries)], ignoreOrder: true);

        ReadOnlyContractRules.WritesReachableFrom(implementations).Offenders.ShouldBe(
        [
            $"{typeof(DelegatingQueries).FullName} → EntityFrameworkQueryableExtensions.ExecuteDeleteAsync",
            $"{typeof(SavingQueries).FullName} → DbContext.SaveChangesAsync",
        ]);
    }

    [Fact]
    public void The_slice_isolation_rule_names_types_using_another_slice_however_the_use_is_compiled()
    {
        var featuresNamespace = $"{typeof(UsesUsersInternals).Namespace}.Features";

        SliceIsolationRules.TypesUsingAnotherSlice(ViolationTypes, featuresNamespace).Offenders.ShouldBe(
        [
            typeof(CallsSliceBInAsyncMethod).FullName!,
            typeof(CallsSliceBInLambda).FullName!,
            typeof(ReturnsSliceBResponse).FullName!,
            typeof(UsesSliceBByPrefixName).FullName!,
            typeof(ModuleLevelUsesSlice).FullName!,
        ]);
    }

    [Fact]
    public void The_transaction_rules_name_a_query_that_saves_and_a_handler_that_commits_but_not_a_command_saving_early()
    {
        TransactionRules.HandlersSavingOutsideATransaction(ViolationTypes).Offenders.ShouldBe([typeof(QueryHandlerThatSaves).FullName!]);
        TransactionRules.HandlersOwningATransaction(ViolationTypes).Offenders.ShouldBe([typeof(CommandHandlerThatCommits).FullName!]);
    }

    [Fact]
    public void The_factory_rule_names_a_DbContext_without_a_design_time_factory()
    {
        SchemaRules.DbContextsWithoutDesignTimeFactory(typeof(FactorylessDbContext).Assembly).Offenders
            .ShouldBe([typeof(FactorylessDbContext).FullName!]);
    }

    [Fact]
    public void The_schema_rule_names_a_table_and_a_history_table_outside_the_schema_and_a_wrong_default_schema()
    {
        var context = SchemaRules.CreateDesignTimeDbContexts(typeof(SharedSchemaDbContext).Assembly).ShouldHaveSingleItem();
        using (context)
        {
            var problems = SchemaRules.SchemaProblems(context, SharedSchemaDbContext.IntendedSchema);
            problems.Count.ShouldBe(2, string.Join(Environment.NewLine, problems));
            problems.ShouldContain(p => p.Contains(nameof(ViolationRow), StringComparison.Ordinal) && p.Contains("'public'.rows", StringComparison.Ordinal));
            problems.ShouldContain(p => p.Contains("migrations history table", StringComparison.Ordinal));

            SchemaRules.SchemaProblems(context, "progress").ShouldContain(p => p.Contains("default schema is 'violations'", StringComparison.Ordinal));
        }
    }
}
