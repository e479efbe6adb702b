using Carter;
using FluentValidation;
using NetArchTest.Rules;

namespace CaliFlow.ArchitectureTests.Rules;

/// <summary>How a slice is written: internal sealed handlers and validators, endpoints only in Carter modules named *Endpoint.</summary>
public static class SliceRules
{
    /// <summary>Where MapGet, MapPost, MapGroup... live.</summary>
    private const string RouteMappingExtensions = "Microsoft.AspNetCore.Builder.EndpointRouteBuilderExtensions";

    /// <summary>
    /// Handlers and validators that are public or not sealed. Found by reflection rather than NetArchTest's ImplementInterface,
    /// which sees only the interfaces a type declares itself and would miss a handler that inherits its interface from a base class.
    /// </summary>
    public static RuleResult HandlersAndValidatorsNotInternalSealed(Types types)
    {
        var handlersAndValidators = types.GetTypes().Where(t => t.IsClass && (IsHandler(t) || IsValidator(t))).ToList();
        return RuleResult.Of(
            handlersAndValidators.Select(t => t.FullName!),
            handlersAndValidators.Where(t => IsPublic(t) || !t.IsSealed).Select(t => t.FullName!));
    }

    /// <summary>Types that map routes without being a Carter module (Carter maps only what is registered as one).</summary>
    public static RuleResult RouteMappingOutsideCarterModules(Types types) =>
        NetArch.Check(types.That().HaveDependencyOn(RouteMappingExtensions), should => should.ImplementInterface(typeof(ICarterModule)));

    /// <summary>Carter modules whose names do not end with "Endpoint" (one per slice, named after it).</summary>
    public static RuleResult CarterModulesNotNamedEndpoint(Types types) =>
        NetArch.Check(types.That().ImplementInterface(typeof(ICarterModule)), should => should.HaveNameEndingWith("Endpoint", StringComparison.Ordinal));

    /// <summary>
    /// A class implementing any generic <c>I…Handler</c> interface: Mediator's request, command, query, notification and stream
    /// handlers, the building blocks' integration-event handler, and whatever kind a later version adds, without a list to keep.
    /// </summary>
    internal static bool IsHandler(Type type) => type.GetInterfaces().Any(IsHandlerInterface);

    internal static bool IsHandlerInterface(Type @interface) =>
        @interface.IsGenericType && @interface.Name[..@interface.Name.IndexOf('`', StringComparison.Ordinal)].EndsWith("Handler", StringComparison.Ordinal);

    private static bool IsValidator(Type type)
    {
        for (var baseType = type.BaseType; baseType is not null; baseType = baseType.BaseType)
        {
            if (baseType.IsGenericType && baseType.GetGenericTypeDefinition() == typeof(AbstractValidator<>))
            {
                return true;
            }
        }

        return false;
    }

    // A public type nested in an internal one is still unreachable, but it says "public": the rule asks for internal.
    private static bool IsPublic(Type type) => type.IsNested ? type.IsNestedPublic : type.IsPublic;
}
