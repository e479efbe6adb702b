using System.Reflection;
using Mediator;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CaliFlow.Api.OpenApi;

/// <summary>
/// Route and query parameters take the rules of the slice's request: the request (query or command) declared in the endpoint's
/// own folder, and of it the property named as the handler's parameter (<c>string? search</c> bound as <c>q</c> takes the
/// rules of <c>Search</c>). A parameter the validator does not mention is left as it is, and the lint reports it.
/// </summary>
internal sealed class ValidationRulesParameterTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (operation.Parameters is not { Count: > 0 } && operation.RequestBody is null
            || context.Description.ActionDescriptor.EndpointMetadata.OfType<MethodInfo>().FirstOrDefault() is not { } handler
            || SliceRequestOf(handler) is not { } request
            || ValidatorRules.DescriptorsOf(request, context.ApplicationServices) is not { Count: > 0 } descriptors)
        {
            return Task.CompletedTask;
        }

        var formFields = FormFieldsOf(operation);
        var sizeLimit = context.Description.ActionDescriptor.EndpointMetadata.OfType<IRequestSizeLimitMetadata>().LastOrDefault();
        foreach (var description in context.Description.ParameterDescriptions.Where(d => d.Source == BindingSource.Form || d.Source == BindingSource.FormFile))
        {
            var member = request.GetProperty(description.ParameterDescriptor.Name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (!formFields.TryGetValue(description.Name, out var field))
            {
                continue;
            }

            if (description.Type == typeof(IFormFile) && sizeLimit is { MaxRequestBodySize: { } maxBytes })
            {
                // A file is at most the body the endpoint accepts.
                field.Owner[description.Name] = new OpenApiSchema
                {
                    Type = JsonSchemaType.String, Format = "binary", MaxLength = (int)Math.Min(maxBytes, int.MaxValue),
                };
            }
            else if (field.Schema is OpenApiSchema schema && member is not null)
            {
                ValidatorRules.Apply(schema, descriptors.SelectMany(d => ValidatorRules.ForMember(d, member.Name)));
            }
        }

        foreach (var description in context.Description.ParameterDescriptions)
        {
            var parameter = operation.Parameters?.FirstOrDefault(p => p.Name == description.Name);
            var member = request.GetProperty(description.ParameterDescriptor.Name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (parameter is OpenApiParameter { Schema: OpenApiSchema schema } described && member is not null
                && ValidatorRules.Apply(schema, descriptors.SelectMany(d => ValidatorRules.ForMember(d, member.Name))))
            {
                described.Required = true;
            }
        }

        return Task.CompletedTask;
    }

    // A form's fields, each in its own part of the body schema (allOf), as minimal APIs describe [FromForm] parameters.
    private static Dictionary<string, (IDictionary<string, IOpenApiSchema> Owner, IOpenApiSchema Schema)> FormFieldsOf(OpenApiOperation operation)
    {
        var fields = new Dictionary<string, (IDictionary<string, IOpenApiSchema>, IOpenApiSchema)>(StringComparer.Ordinal);
        foreach (var (_, media) in operation.RequestBody?.Content?.Where(c => c.Key.Contains("form", StringComparison.Ordinal)) ?? [])
        {
            foreach (var part in new[] { media.Schema }.Concat(media.Schema?.AllOf ?? []).OfType<OpenApiSchema>())
            {
                foreach (var (name, field) in part.Properties ?? new Dictionary<string, IOpenApiSchema>())
                {
                    fields[name] = (part.Properties!, field);
                }
            }
        }

        return fields;
    }

    private static Type? SliceRequestOf(MethodInfo handler)
    {
        var endpoint = SliceOperationIdTransformer.EndpointOf(handler);

        // One request per slice; a folder with none or several names no default.
        var requests = endpoint?.Assembly.GetTypes()
            .Where(t => t.Namespace == endpoint.Namespace && typeof(IMessage).IsAssignableFrom(t) && !t.IsAbstract)
            .ToList();
        return requests is [var request] ? request : null;
    }
}
