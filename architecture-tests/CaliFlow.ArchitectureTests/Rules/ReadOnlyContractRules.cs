using System.Reflection;
using Mono.Cecil;

namespace CaliFlow.ArchitectureTests.Rules;

/// <summary>
/// Finds writes reachable from the implementations of read-only Contracts interfaces, by reading their IL: every method of the
/// implementation, and everything it calls in CaliFlow's own assemblies (async state machines and lambdas included, since that
/// is where the calls are), down to the first call into EF Core or ADO.NET that writes.
/// </summary>
public static class ReadOnlyContractRules
{
    private static readonly HashSet<string> ChangeTrackerWrites =
    [
        "Add", "AddAsync", "AddRange", "AddRangeAsync", "Update", "UpdateRange", "Remove", "RemoveRange", "Attach", "AttachRange",
        "SaveChanges", "SaveChangesAsync",
    ];

    private static readonly string[] SetBasedWrites = ["ExecuteUpdate", "ExecuteDelete", "ExecuteSql", "ExecuteNonQuery"];

    /// <summary>Offenders: "implementation → written through" for each write found. Examined: the implementations.</summary>
    public static RuleResult WritesReachableFrom(IReadOnlyCollection<Type> implementations)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var implementation in implementations)
        {
            var type = Load(implementation);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var pending = new Stack<MethodDefinition>(AllMethods(type));
            while (pending.TryPop(out var method))
            {
                if (!seen.Add(method.FullName) || !method.HasBody)
                {
                    continue;
                }

                foreach (var called in method.Body.Instructions.Select(i => i.Operand).OfType<MethodReference>())
                {
                    if (IsWrite(called))
                    {
                        found.Add($"{implementation.FullName} → {called.DeclaringType.Name}.{called.Name}");
                    }
                    else if (IsOurs(called) && called.Resolve() is { } definition)
                    {
                        pending.Push(definition);
                        foreach (var stateMachine in StateMachineOf(definition))
                        {
                            pending.Push(stateMachine);
                        }
                    }
                }
            }
        }

        return RuleResult.Of(implementations.Select(t => t.FullName!), found);
    }

    /// <summary>Classes in <paramref name="assembly"/> implementing an interface marked <c>[ReadOnlyContract]</c>.</summary>
    public static IReadOnlyList<Type> ImplementationsIn(Assembly assembly, IEnumerable<Type> readOnlyContracts) =>
        [.. assembly.GetTypes().Where(t => t.IsClass && !t.IsAbstract && readOnlyContracts.Any(contract => contract.IsAssignableFrom(t)))];

    private static IEnumerable<MethodDefinition> AllMethods(TypeDefinition type) =>
        type.Methods.Concat(type.NestedTypes.SelectMany(AllMethods));

    private static IEnumerable<MethodDefinition> StateMachineOf(MethodDefinition method) =>
        method.CustomAttributes
            .Where(a => a.AttributeType.Name is "AsyncStateMachineAttribute" or "IteratorStateMachineAttribute" or "AsyncIteratorStateMachineAttribute")
            .Select(a => ((TypeReference)a.ConstructorArguments[0].Value).Resolve())
            .SelectMany(AllMethods);

    private static bool IsOurs(MethodReference method) =>
        method.DeclaringType.Scope.Name.StartsWith("CaliFlow.", StringComparison.Ordinal);

    private static bool IsWrite(MethodReference method)
    {
        var declaringType = method.DeclaringType.GetElementType().FullName;
        if (SetBasedWrites.Any(prefix => method.Name.StartsWith(prefix, StringComparison.Ordinal)) &&
            (declaringType.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal) ||
             declaringType.StartsWith("System.Data", StringComparison.Ordinal) ||
             declaringType.StartsWith("Npgsql", StringComparison.Ordinal)))
        {
            return true;
        }

        return ChangeTrackerWrites.Contains(method.Name) && IsDbContextOrSet(method.DeclaringType);
    }

    private static bool IsDbContextOrSet(TypeReference type)
    {
        for (var current = type.Resolve(); current is not null; current = current.BaseType?.Resolve())
        {
            if (current.FullName is "Microsoft.EntityFrameworkCore.DbContext" or "Microsoft.EntityFrameworkCore.DbSet`1")
            {
                return true;
            }
        }

        return false;
    }

    private static TypeDefinition Load(Type type)
    {
        var resolver = new DefaultAssemblyResolver();
        resolver.AddSearchDirectory(Path.GetDirectoryName(type.Assembly.Location)!);
        var module = ModuleDefinition.ReadModule(type.Assembly.Location, new ReaderParameters { AssemblyResolver = resolver });
        return module.GetType(type.FullName!.Replace('+', '/')) ?? throw new InvalidOperationException($"{type} not found by Cecil");
    }
}
