using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CaliFlow.Api.OpenApi;

/// <summary>
/// Writes what the FluentValidation rules enforce into the schemas of the types they validate (required fields, lengths,
/// ranges, list sizes, patterns), so the document cannot drift from what the API accepts. A property that no unconditional
/// rule requires is optional: a client may leave it out.
/// </summary>
internal sealed class ValidationRulesSchemaTransformer : IOpenApiSchemaTransformer
{
    // The longest text each format can take (a UUID, an ISO 8601 date, a date-time with fraction and offset): the reader
    // refuses anything longer, so the document says so.
    private static readonly Dictionary<string, int> FormatLengths = new(StringComparer.Ordinal)
    {
        ["uuid"] = 36,
        ["date"] = 10,
        ["date-time"] = 64,
        ["time"] = 32,
    };

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (schema.Format is { } format && FormatLengths.TryGetValue(format, out var formatLength) && schema.MaxLength is null
            && schema.Type?.HasFlag(JsonSchemaType.String) == true)
        {
            schema.MaxLength = formatLength;
        }

        // An object's own schema (also when it is first met as a property's type, before it becomes a component).
        if (context.JsonTypeInfo.Kind != JsonTypeInfoKind.Object || schema.Properties is null)
        {
            return Task.CompletedTask;
        }

        // A computed property (no setter) is only ever written: a client cannot send it.
        foreach (var property in context.JsonTypeInfo.Properties.Where(p => p.Set is null))
        {
            if (schema.Properties.TryGetValue(property.Name, out var computed) && computed is OpenApiSchema inline)
            {
                inline.ReadOnly = true;
            }
        }

        if (ValidatorRules.DescriptorsOf(context.JsonTypeInfo.Type, context.ApplicationServices) is not { Count: > 0 } descriptors)
        {
            return Task.CompletedTask;
        }

        var required = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in context.JsonTypeInfo.Properties)
        {
            var memberName = (property.AttributeProvider as System.Reflection.MemberInfo)?.Name;
            if (memberName is null || !schema.Properties.TryGetValue(property.Name, out var propertySchema))
            {
                continue;
            }

            if (ValidatorRules.Apply(propertySchema as OpenApiSchema, descriptors.SelectMany(d => ValidatorRules.ForMember(d, memberName))))
            {
                required.Add(property.Name);
            }
        }

        schema.Required = required;
        return Task.CompletedTask;
    }
}
