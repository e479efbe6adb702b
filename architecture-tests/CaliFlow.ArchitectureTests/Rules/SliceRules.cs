using Carter;
using CaliFlow.BuildingBlocks.Messaging;
using FluentValidation;
using Mediator;
using NetArchTest.Rules;

namespace CaliFlow.ArchitectureTests.Rules;

/// <summary>How a slice is written: internal sealed handlers and validators, endpoints only in Carter modules named *Endpoint.</summary>
public static class SliceRules
{
    private static readonly Type[] HandlerInterfaces =
    [
        typeof(ICommandHandler<>), typeof(ICommandHandler<,>),
        typeof(IQueryHandler<,>),
        typeof(IRequestHandler<>), typeof(IRequestHandler<,>),
        typeof(INotificationHandler<>),
        typeof(IStreamCommandHandler<,>), typeof(IStreamQueryHandler<,>), typeof(IStreamRequestHandler<,>),
        // not Mediator's, but a module's reaction to another module's event is as much its own business
        typeof(IIntegrationEventHandler<>),
    ];

    /// <summary>Where MapGet, MapPost, MapGroup... live.</summary>
    private const string RouteMappingExtensions = "Microsoft.AspNetCore.Builder.EndpointRouteBuilderExtensions";

    /// <summary>
    /// Handlers and validators that are public or not sealed. Found by reflection rather than NetArchTest's ImplementInterface,
    /// which sees only the interfaces a type declares itself and would miss a handler that inherits its interface from a base class.
    /// </summary>
    public static IReadOnlyList<string> HandlersAndValidatorsNotInternalSealed(Types types) =>
        types.GetTypes()
            .Where(t => t.IsClass && (IsHandler(t) || IsValidator(t)))
            .Where(t => IsPublic(t) || !t.IsSealed)
            .Select(t => t.FullName!)
            .Order()
            .ToList();

    /// <summary>Types that map routes without being a Carter module (Carter maps only what is registered as one).</summary>
    public static IReadOnlyList<string> RouteMappingOutsideCarterModules(Types types) =>
        NetArch.FailingTypeNames(types
            .That().HaveDependencyOn(RouteMappingExtensions)
            .Should().ImplementInterface(typeof(ICarterModule)));

    /// <summary>Carter modules whose names do not end with "Endpoint" (one per slice, named after it).</summary>
    public static IReadOnlyList<string> CarterModulesNotNamedEndpoint(Types types) =>
        NetArch.FailingTypeNames(types
            .That().ImplementInterface(typeof(ICarterModule))
            .Should().HaveNameEndingWith("Endpoint", StringComparison.Ordinal));

    internal static bool IsHandler(Type type) =>
        type.GetInterfaces().Any(i => i.IsGenericType && HandlerInterfaces.Contains(i.GetGenericTypeDefinition()));

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
