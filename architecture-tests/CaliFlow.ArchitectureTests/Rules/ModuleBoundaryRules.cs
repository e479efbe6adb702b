using System.Reflection;
using NetArchTest.Rules;

namespace CaliFlow.ArchitectureTests.Rules;

/// <summary>
/// A module's only compile-time doors are its entry point (for the host) and its Contracts assembly (for everyone else).
/// Each rule returns its offenders, empty when it holds, so the violation tests run the very same code.
/// </summary>
public static class ModuleBoundaryRules
{
    /// <summary>
    /// The Mediator source generator writes the mediator into the host, in this namespace: its dispatch code names every
    /// module's internal handlers and messages, as it must to call them without reflection. It is generated from the
    /// handlers, not written by hand, so it is the one host code the boundary does not judge. (Its
    /// <c>Microsoft.Extensions.DependencyInjection</c> extension class is never judged anyway: NetArchTest skips every
    /// <c>System*</c> and <c>Microsoft*</c> type.)
    /// </summary>
    private const string GeneratedMediatorNamespace = "Mediator.";

    /// <summary>Types that use any type of the module's internals, entry point included: for anything but the host.</summary>
    public static RuleResult TypesReachingInto(Types consumers, ModuleDescriptor module)
    {
        var internals = module.InternalTypeNames();
        // With no internal type to look for, no consumer was really examined.
        return internals.Count == 0
            ? RuleResult.Of([], [])
            : NetArch.Check(consumers, should => should.NotHaveDependencyOnAny([.. internals]));
    }

    /// <summary>Host types that use a module's internals other than its entry point (the generated mediator aside).</summary>
    public static RuleResult HostTypesBypassingEntryPoint(Types hostTypes, ModuleDescriptor module)
    {
        var entryPoint = module.EntryPoint.FullName;
        var internals = module.InternalTypeNames().Where(name => name != entryPoint).ToList();
        return internals.Count == 0
            ? RuleResult.Of([], [])
            : NetArch.Check(
                hostTypes.That().DoNotResideInNamespace(GeneratedMediatorNamespace),
                should => should.NotHaveDependencyOnAny([.. internals]));
    }

    /// <summary>
    /// Module internals assemblies the given assembly references, read from its metadata: anything compiled into it that uses
    /// them puts them there, including assembly attributes and compiler-generated types, which the type scan skips.
    /// </summary>
    public static RuleResult ReferencedModuleInternals(Assembly assembly)
    {
        var internals = Catalog.Modules.Select(m => m.Internals.GetName().Name).ToHashSet();
        var referenced = assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();
        return RuleResult.Of(internals.Count == 0 ? [] : referenced, referenced.Where(internals.Contains));
    }
}
