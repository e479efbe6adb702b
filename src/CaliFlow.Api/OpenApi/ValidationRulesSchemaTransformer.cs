using System.Globalization;
using System.Text.Json.Serialization.Metadata;
using CaliFlow.BuildingBlocks.Validation;
using FluentValidation;
using FluentValidation.Validators;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CaliFlow.Api.OpenApi;

/// <summary>
/// Writes what the FluentValidation rules enforce into the schemas of the types they validate (required fields, lengths,
/// ranges, list sizes, patterns), and into query parameters bound from a validated record, so the document cannot drift from
/// what the API accepts. A property that no unconditional rule requires is optional: a client may leave it out.
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

        if (context.JsonPropertyInfo is null && context.ParameterDescription?.ModelMetadata is { ContainerType: { } container, PropertyName: { } member }
            && DescriptorsOf(container, context.ApplicationServices) is { Count: > 0 } parameterRules)
        {
            ApplyRules(schema, parameterRules.SelectMany(d => d.GetRulesForMember(member)));
            return Task.CompletedTask;
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

        if (DescriptorsOf(context.JsonTypeInfo.Type, context.ApplicationServices) is not { Count: > 0 } descriptors)
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

            if (ApplyRules(propertySchema as OpenApiSchema, descriptors.SelectMany(d => d.GetRulesForMember(memberName))))
            {
                required.Add(property.Name);
            }
        }

        schema.Required = required;
        return Task.CompletedTask;
    }

    /// <summary>The rules of the type's validator and of its interfaces' (shared input rules are written for an interface).</summary>
    private static List<IValidatorDescriptor> DescriptorsOf(Type type, IServiceProvider services)
    {
        using var scope = services.CreateScope();
        return [.. new[] { type }.Concat(type.GetInterfaces())
            .Select(t => scope.ServiceProvider.GetService(typeof(IValidator<>).MakeGenericType(t)) as IValidator)
            .OfType<IValidator>()
            .Select(v => v.CreateDescriptor())];
    }

    /// <summary>Applies one member's rules to its schema (inline schemas only); answers whether they make it required.</summary>
    private static bool ApplyRules(OpenApiSchema? schema, IEnumerable<IValidationRule> rules)
    {
        var required = false;
        foreach (var rule in rules)
        {
            // A rule for each item of a list constrains the items; a whole-rule condition may skip it, so it requires nothing.
            var target = rule.GetType().GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollectionRule<,>))
                ? schema?.Items as OpenApiSchema
                : schema;
            foreach (var component in rule.Components)
            {
                var unconditional = !rule.HasCondition && !rule.HasAsyncCondition && !component.HasCondition && !component.HasAsyncCondition;
                if (component.Validator is INotNullValidator or INotEmptyValidator && unconditional && target == schema)
                {
                    required = true;
                }

                if (target is not null)
                {
                    Apply(target, component.Validator);
                }
            }
        }

        return required;
    }

    private static void Apply(OpenApiSchema schema, IPropertyValidator validator)
    {
        var isString = schema.Type?.HasFlag(JsonSchemaType.String) == true;
        var isArray = schema.Type?.HasFlag(JsonSchemaType.Array) == true;
        var isObject = schema.Type?.HasFlag(JsonSchemaType.Object) == true;
        switch (validator)
        {
            case INotEmptyValidator when isString:
                schema.MinLength = Math.Max(schema.MinLength ?? 0, 1);
                break;
            case INotEmptyValidator when isArray:
                schema.MinItems = Math.Max(schema.MinItems ?? 0, 1);
                break;
            case ILengthValidator length when isString:
                if (length.Min > 0)
                {
                    schema.MinLength = length.Min;
                }

                if (length.Max > 0)
                {
                    schema.MaxLength = length.Max;
                }

                break;
            case IItemCountValidator count when isArray:
                schema.MinItems = count.Min > 0 ? count.Min : schema.MinItems;
                schema.MaxItems = count.Max;
                break;
            case IItemCountValidator count when isObject: // a map: its entries
                schema.MinProperties = count.Min > 0 ? count.Min : schema.MinProperties;
                schema.MaxProperties = count.Max;
                break;
            case IMapValuesBetweenValidator bounds when schema.AdditionalProperties is OpenApiSchema values:
                values.Minimum = bounds.Min.ToString(CultureInfo.InvariantCulture);
                values.Maximum = bounds.Max.ToString(CultureInfo.InvariantCulture);
                break;
            case IMapTextEntriesValidator entries when schema.AdditionalProperties is OpenApiSchema values:
                values.MinLength = 1;
                values.MaxLength = entries.MaxLength;
                schema.PropertyNames = new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1, MaxLength = entries.MaxLength };
                break;
            case IUniqueItemsValidator when isArray:
                schema.UniqueItems = true;
                break;
            case IBetweenValidator between:
                var exclusive = validator is not IInclusiveBetweenValidator;
                SetLower(schema, between.From, exclusive);
                SetUpper(schema, between.To, exclusive);
                break;
            case IComparisonValidator { MemberToCompare: null, ValueToCompare: { } value } comparison:
                switch (comparison.Comparison)
                {
                    case Comparison.GreaterThan: SetLower(schema, value, exclusive: true); break;
                    case Comparison.GreaterThanOrEqual: SetLower(schema, value, exclusive: false); break;
                    case Comparison.LessThan: SetUpper(schema, value, exclusive: true); break;
                    case Comparison.LessThanOrEqual: SetUpper(schema, value, exclusive: false); break;
                }

                break;
            case IRegularExpressionValidator regex when isString:
                schema.Pattern = regex.Expression;
                break;
            case IEmailValidator when isString:
                schema.Format = "email";
                break;
        }
    }

    private static void SetLower(OpenApiSchema schema, object bound, bool exclusive)
    {
        if (Number(bound) is not { } value)
        {
            return;
        }

        if (exclusive)
        {
            schema.ExclusiveMinimum = value;
        }
        else
        {
            schema.Minimum = value;
        }
    }

    private static void SetUpper(OpenApiSchema schema, object bound, bool exclusive)
    {
        if (Number(bound) is not { } value)
        {
            return;
        }

        if (exclusive)
        {
            schema.ExclusiveMaximum = value;
        }
        else
        {
            schema.Maximum = value;
        }
    }

    // Dates and other comparables have no JSON Schema bound; numbers are written as the invariant text the document keeps.
    private static string? Number(object bound) => bound switch
    {
        int or long or short or byte or decimal or double or float => Convert.ToString(bound, CultureInfo.InvariantCulture),
        _ => null,
    };
}
