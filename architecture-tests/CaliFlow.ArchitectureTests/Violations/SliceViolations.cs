using CaliFlow.BuildingBlocks.Messaging;
using CaliFlow.Modules.Users.Contracts;
using Carter;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.ArchitectureTests.Violations;

// Deliberately bad code: RulesCatchViolationsTests runs the real rules on this namespace and expects each type here to be named.

public sealed record ViolatingCommand : ICommand<Unit>;

public sealed record ViolatingQuery : IQuery<int>;

public sealed record ViolatingNotification : INotification;

/// <summary>Public and open for inheritance.</summary>
public class PublicOpenCommandHandler : ICommandHandler<ViolatingCommand, Unit>
{
    public ValueTask<Unit> Handle(ViolatingCommand command, CancellationToken cancellationToken) => ValueTask.FromResult(Unit.Value);
}

/// <summary>Public and open for inheritance.</summary>
public class PublicOpenValidator : AbstractValidator<ViolatingCommand>;

/// <summary>Internal but open: only the "sealed" half of the rule catches it.</summary>
#pragma warning disable CA1852 // the point of this type is not being sealed
internal class InternalOpenQueryHandler : IQueryHandler<ViolatingQuery, int>
#pragma warning restore CA1852
{
    public ValueTask<int> Handle(ViolatingQuery query, CancellationToken cancellationToken) => ValueTask.FromResult(0);
}

/// <summary>Sealed but public: only the "internal" half of the rule catches it.</summary>
public sealed class PublicSealedNotificationHandler : INotificationHandler<ViolatingNotification>
{
    public ValueTask Handle(ViolatingNotification notification, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}

/// <summary>Public: integration event handlers are a module's own business too.</summary>
public sealed class PublicIntegrationEventHandler : IIntegrationEventHandler<UserRegisteredIntegrationEvent>
{
    public Task HandleAsync(UserRegisteredIntegrationEvent integrationEvent, CancellationToken cancellationToken) => Task.CompletedTask;
}

public sealed record ViolatingStreamQuery : IStreamQuery<int>;

/// <summary>Public, of a handler kind no list names: the rule knows handlers by their interface, not from a list of them.</summary>
public sealed class PublicStreamQueryHandler : IStreamQueryHandler<ViolatingStreamQuery, int>
{
    public async IAsyncEnumerable<int> Handle(ViolatingStreamQuery query, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.CompletedTask;
        yield return 1;
    }
}

/// <summary>Maps a route outside any Carter module, so nothing registers it the way the host maps routes.</summary>
public static class MapsRouteOutsideCarter
{
    public static void Map(IEndpointRouteBuilder app) => app.MapGet("/violations", () => "outside Carter");
}

/// <summary>A Carter module whose name does not say which slice's endpoint it is.</summary>
public sealed class ViolationRoutes : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) => app.MapGet("/violations/routes", () => "misnamed");
}

/// <summary>A module-level type that uses a slice: what it needs belongs at module level too.</summary>
public static class ModuleLevelUsesSlice
{
    public static int Value(Features.SliceB.SliceBResponse response) => response.Value;
}
