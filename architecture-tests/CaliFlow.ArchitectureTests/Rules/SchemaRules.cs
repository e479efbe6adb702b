using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CaliFlow.ArchitectureTests.Rules;

/// <summary>One schema per module: its tables, its default schema and its own migrations history table, all in it.</summary>
public static class SchemaRules
{
    public const string MigrationsHistoryTable = "schema_migrations";

    /// <summary>DbContexts in the assembly that `dotnet ef` could not build without starting the host.</summary>
    /// <returns>Examined: the assembly's DbContexts.</returns>
    public static RuleResult DbContextsWithoutDesignTimeFactory(Assembly assembly)
    {
        var made = DesignTimeFactories(assembly).Select(f => f.ContextType).ToHashSet();
        var contexts = assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(DbContext).IsAssignableFrom(t)).ToList();
        return RuleResult.Of(contexts.Select(t => t.FullName!), contexts.Where(t => !made.Contains(t)).Select(t => t.FullName!));
    }

    /// <summary>Each DbContext the assembly's design-time factories make, as `dotnet ef` would: no database is contacted.</summary>
    public static IReadOnlyList<DbContext> CreateDesignTimeDbContexts(Assembly assembly) =>
        DesignTimeFactories(assembly)
            .Select(f => (DbContext)f.Interface.GetMethod(nameof(IDesignTimeDbContextFactory<>.CreateDbContext))!
                .Invoke(Activator.CreateInstance(f.Factory, nonPublic: true), [Array.Empty<string>()])!)
            .ToList();

    /// <summary>Everything in the context's model and options that is not in <paramref name="schema"/>.</summary>
    public static IReadOnlyList<string> SchemaProblems(DbContext context, string schema)
    {
        var contextName = context.GetType().FullName;
        // The design-time model keeps the relational annotations (default schema) that the runtime model drops.
        var model = context.GetService<IDesignTimeModel>().Model;
        var problems = new List<string>();

        if (model.GetDefaultSchema() != schema)
        {
            problems.Add($"{contextName}: default schema is {Quoted(model.GetDefaultSchema())}, not '{schema}'");
        }

        foreach (var entity in model.GetEntityTypes())
        {
            if (entity.GetTableName() is { } table && entity.GetSchema() != schema)
            {
                problems.Add($"{contextName}: {entity.DisplayName()} maps to table {Quoted(entity.GetSchema())}.{table}, not in '{schema}'");
            }

            if (entity.GetViewName() is { } view && entity.GetViewSchema() != schema)
            {
                problems.Add($"{contextName}: {entity.DisplayName()} maps to view {Quoted(entity.GetViewSchema())}.{view}, not in '{schema}'");
            }
        }

        // HasDefaultSchema does not move the history table: it is set apart, in the provider options.
        var relational = RelationalOptionsExtension.Extract(context.GetService<IDbContextOptions>());
        if (relational.MigrationsHistoryTableName != MigrationsHistoryTable || relational.MigrationsHistoryTableSchema != schema)
        {
            problems.Add($"{contextName}: migrations history table is " +
                $"{Quoted(relational.MigrationsHistoryTableSchema)}.{Quoted(relational.MigrationsHistoryTableName)}, " +
                $"not '{schema}'.'{MigrationsHistoryTable}'");
        }

        return problems;
    }

    private static IEnumerable<(Type Factory, Type Interface, Type ContextType)> DesignTimeFactories(Assembly assembly) =>
        from type in assembly.GetTypes()
        where type is { IsClass: true, IsAbstract: false }
        from @interface in type.GetInterfaces()
        where @interface.IsGenericType && @interface.GetGenericTypeDefinition() == typeof(IDesignTimeDbContextFactory<>)
        select (type, @interface, @interface.GetGenericArguments()[0]);

    private static string Quoted(string? name) => name is null ? "(none)" : $"'{name}'";
}
