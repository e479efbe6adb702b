using System.Reflection;
using System.Runtime.CompilerServices;
using CaliFlow.BuildingBlocks.Messaging;
using CaliFlow.Modules.Coaching;
using CaliFlow.Modules.Coaching.Contracts;
using CaliFlow.Modules.Exercises;
using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Gamification;
using CaliFlow.Modules.Gamification.Contracts;
using CaliFlow.Modules.Nutrition;
using CaliFlow.Modules.Nutrition.Contracts;
using CaliFlow.Modules.Platform;
using CaliFlow.Modules.Platform.Contracts;
using CaliFlow.Modules.Programming;
using CaliFlow.Modules.Programming.Contracts;
using CaliFlow.Modules.Progress;
using CaliFlow.Modules.Progress.Contracts;
using CaliFlow.Modules.Users;
using CaliFlow.Modules.Users.Contracts;

namespace CaliFlow.ArchitectureTests;

/// <summary>One module as the rules see it: its two assemblies, its one public door and its database schema.</summary>
/// <param name="EntryPoint">The registration class the host calls; its assembly is the module's internals.</param>
/// <param name="Schema">Written out rather than read from the module, so the test states the expectation independently.</param>
/// <param name="SliceFolders">
/// The folders whose subfolders are slices: <c>Features</c>, or, in a module of several subjects, one folder per subject.
/// </param>
public sealed record ModuleDescriptor(string Name, Type EntryPoint, Assembly Contracts, string Schema, params string[] SliceFolders)
{
    public Assembly Internals => EntryPoint.Assembly;

    /// <summary>Where the module's slices live: one namespace (and folder) below each of these per slice.</summary>
    public IReadOnlyList<string> SliceParentNamespaces =>
        [.. (SliceFolders.Length == 0 ? ["Features"] : SliceFolders).Select(folder => $"{EntryPoint.Namespace}.{folder}")];

    /// <summary>
    /// Full names of the internals assembly's types, for NetArchTest's dependency search (which matches by name prefix, so
    /// full type names rather than the "CaliFlow.Modules.Users" namespace, which would also match the Contracts). Compiler-generated
    /// types are left out: anonymous types and closures get the same names in every assembly (<c>&lt;&gt;f__AnonymousType0`2</c>),
    /// so the consumer's own would match.
    /// </summary>
    public IReadOnlyList<string> InternalTypeNames() =>
        Internals.GetTypes()
            .Where(t => !t.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false) && !t.FullName!.Contains('<', StringComparison.Ordinal))
            .Select(t => t.FullName!)
            .ToList();

    public override string ToString() => Name;
}

/// <summary>Every module, once. Each rule is generated from this list, so adding a module is one line here (and its project references).</summary>
public static class Catalog
{
    public static IReadOnlyList<ModuleDescriptor> Modules { get; } =
    [
        new("Users", typeof(UsersModule), typeof(IUsersQueries).Assembly, "users"),
        new("Exercises", typeof(ExercisesModule), typeof(IExerciseCatalog).Assembly, "exercises"),
        new("Programming", typeof(ProgrammingModule), typeof(IProgrammingQueries).Assembly, "programming"),
        new("Progress", typeof(ProgressModule), typeof(WorkoutLoggedIntegrationEvent).Assembly, "progress"),
        new("Nutrition", typeof(NutritionModule), typeof(NutritionTargetsChangedIntegrationEvent).Assembly, "nutrition"),
        new("Gamification", typeof(GamificationModule), typeof(AchievementUnlockedIntegrationEvent).Assembly, "gamification"),
        new("Coaching", typeof(CoachingModule), typeof(CheckInSubmittedIntegrationEvent).Assembly, "coaching"),
        // Platform keeps the schema it was first deployed with (it was called System then): databases out there have it.
        // Five subjects, each a folder of its own slices, domain types and jobs.
        new("Platform", typeof(PlatformModule), typeof(IPersonalData).Assembly, "system",
            "Audit", "Billing", "Privacy", "OutboundWebhooks", "MigrationStatus"),
    ];

    public static Assembly Host => typeof(Program).Assembly;

    public static Assembly BuildingBlocks => typeof(IIntegrationEvent).Assembly;

    public static ModuleDescriptor Module(string name) => Modules.Single(m => m.Name == name);

    /// <summary>What must never reach into <paramref name="module"/>: the building blocks, every Contracts assembly, every other module.</summary>
    public static IEnumerable<Assembly> AssembliesKeptOutOf(ModuleDescriptor module) =>
        Modules.Select(m => m.Contracts)
            .Concat(Modules.Where(m => m != module).Select(m => m.Internals))
            .Prepend(BuildingBlocks);

    /// <summary>What may reference only BuildingBlocks and Contracts, never a module's internals assembly.</summary>
    public static IEnumerable<Assembly> SharedAssemblies() => Modules.Select(m => m.Contracts).Prepend(BuildingBlocks);

    /// <summary>Theory rows carry assembly names (readable in the test list); this turns them back.</summary>
    public static Assembly AssemblyNamed(string name) =>
        Modules.SelectMany(m => new[] { m.Internals, m.Contracts }).Append(BuildingBlocks).Append(Host)
            .Single(a => a.GetName().Name == name);
}
