using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CaliFlow.Api.OpenApi;

/// <summary>
/// Names every operation after its slice, <c>{module}_{slice}</c> (<c>progress_logWorkout</c> for
/// <c>CaliFlow.Modules.Progress.Features.LogWorkout.LogWorkoutEndpoint</c>), so generated clients get stable, meaningful
/// method names without each endpoint repeating its own. A slice with two routes names them itself (<c>WithName</c>).
/// </summary>
internal sealed class SliceOperationIdTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(operation.OperationId)
            && context.Description.ActionDescriptor.EndpointMetadata.OfType<MethodInfo>().FirstOrDefault() is { } handler
            && OperationIdOf(handler) is { } operationId)
        {
            operation.OperationId = operationId;
        }

        return Task.CompletedTask;
    }

    /// <summary>The slice's endpoint class: a handler lambda lives in a compiler-made class nested in it.</summary>
    public static Type? EndpointOf(MethodInfo handler)
    {
        var type = handler.DeclaringType;
        while (type is not null && type.IsDefined(typeof(CompilerGeneratedAttribute)))
        {
            type = type.DeclaringType;
        }

        return type;
    }

    public static string? OperationIdOf(MethodInfo handler)
    {
        var type = EndpointOf(handler);
        const string modules = "CaliFlow.Modules.";
        if (type?.Namespace is not { } ns || !ns.StartsWith(modules, StringComparison.Ordinal) || !type.Name.EndsWith("Endpoint", StringComparison.Ordinal))
        {
            return null;
        }

        var module = ns[modules.Length..].Split('.')[0];
        var slice = type.Name[..^"Endpoint".Length];
        return $"{char.ToLowerInvariant(module[0])}{module[1..]}_{char.ToLowerInvariant(slice[0])}{slice[1..]}";
    }
}
