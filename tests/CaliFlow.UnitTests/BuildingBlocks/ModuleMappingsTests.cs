using System.Reflection;
using CaliFlow.BuildingBlocks.Mapping;
using CaliFlow.Modules.Nutrition.Domain;
using CaliFlow.Modules.Nutrition.Features.ListMealPlans;
using CaliFlow.Modules.Nutrition.Persistence;
using Mapster;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Shouldly;

namespace CaliFlow.UnitTests.BuildingBlocks;

public sealed class ModuleMappingsTests
{
    /// <summary>Every module assembly, found from the unit tests' own references, so a new module is covered without a list.</summary>
    public static TheoryData<string> ModuleAssemblies() =>
    [
        .. typeof(ModuleMappingsTests).Assembly.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(name => name.StartsWith("CaliFlow.Modules.", StringComparison.Ordinal) && !name.EndsWith(".Contracts", StringComparison.Ordinal)),
    ];

    [Theory]
    [MemberData(nameof(ModuleAssemblies))]
    public void Every_mapping_a_module_configures_compiles_both_as_a_mapping_and_as_a_query_projection(string assembly)
    {
        var config = ModuleMappings.Build(Assembly.Load(assembly));

        Should.NotThrow(() => config.Compile());
        Should.NotThrow(() => config.CompileProjection());
    }

    [Fact]
    public void A_response_member_without_a_source_fails_compilation()
    {
        var config = new TypeAdapterConfig { RequireDestinationMemberSource = true };
        config.NewConfig<MealPlan, SummaryWithAnUnknownField>();

        Should.Throw<CompileException>(() => config.Compile());
    }

    [Fact]
    public void The_meal_plan_summary_projection_reads_its_columns_and_leaves_the_days_in_the_database()
    {
        using var db = DesignTimeContext<NutritionDbContext>();

        var sql = db.MealPlans.ProjectToType<MealPlanSummary>(ModuleMappings.Of<MealPlanSummaryMapping>()).ToQueryString();

        sql.ShouldContain("target_energy_kcal");
        sql.ShouldContain("updated_at");
        sql.ShouldNotContain("days");
        sql.ShouldNotContain("excluded_foods");
    }

    private sealed record SummaryWithAnUnknownField(Guid Id, int NotOnTheEntity);

    // The module's own design-time factory: the model as migrations see it, and no connection is opened.
    private static TContext DesignTimeContext<TContext>()
        where TContext : DbContext
    {
        var factory = typeof(TContext).Assembly.GetTypes()
            .Single(t => typeof(IDesignTimeDbContextFactory<TContext>).IsAssignableFrom(t) && !t.IsAbstract);
        return ((IDesignTimeDbContextFactory<TContext>)Activator.CreateInstance(factory)!).CreateDbContext([]);
    }
}
