using System.Globalization;
using System.Text.Json.Nodes;
using CaliFlow.BuildingBlocks.Validation;
using FluentValidation;
using FluentValidation.Validators;
using Microsoft.OpenApi;

namespace CaliFlow.Api.OpenApi;

/// <summary>FluentValidation rules read as JSON Schema keywords, for request bodies and parameters alike.</summary>
internal static class ValidatorRules
{
    /// <summary>The rules of the type's validator and of its interfaces' (shared input rules are written for an interface).</summary>
    public static List<IValidatorDescriptor> DescriptorsOf(Type type, IServiceProvider services)
    {
        using var scope = services.CreateScope();
        return [.. new[] { type }.Concat(type.GetInterfaces())
            .Select(t => scope.ServiceProvider.GetService(typeof(IValidator<>).MakeGenericType(t)) as IValidator)
            .OfType<IValidator>()
            .Select(v => v.CreateDescriptor())];
    }

    /// <summary>A member's rules, also those that report under another name (<c>OverridePropertyName</c>).</summary>
    public static IEnumerable<IValidationRule> ForMember(IValidatorDescriptor descriptor, string member) =>
        descriptor.Rules.Where(r => r.Member?.Name == member || r.PropertyName == member);

    /// <summary>Applies one member's rules to its schema (inline schemas only); answers whether they make it required.</summary>
    public static bool Apply(OpenApiSchema? schema, IEnumerable<IValidationRule> rules)
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
                    ApplyOne(target, component.Validator);
                }
            }
        }

        return required;
    }

    private static void ApplyOne(OpenApiSchema schema, IPropertyValidator validator)
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
                SetBound(schema, between.From, lower: true, exclusive);
                SetBound(schema, between.To, lower: false, exclusive);
                break;
            case IComparisonValidator { MemberToCompare: null, ValueToCompare: { } value } comparison:
                switch (comparison.Comparison)
                {
                    case Comparison.GreaterThan: SetBound(schema, value, lower: true, exclusive: true); break;
                    case Comparison.GreaterThanOrEqual: SetBound(schema, value, lower: true, exclusive: false); break;
                    case Comparison.LessThan: SetBound(schema, value, lower: false, exclusive: true); break;
                    case Comparison.LessThanOrEqual: SetBound(schema, value, lower: false, exclusive: false); break;
                }

                break;
            case IOneOfValidator oneOf when isString:
                schema.Enum = [.. oneOf.Words.Select(word => (JsonNode)JsonValue.Create(word))];
                break;
            case IRegularExpressionValidator regex when isString:
                schema.Pattern = regex.Expression;
                break;
            case IEmailValidator when isString:
                schema.Format = "email";
                break;
        }
    }

    private static void SetBound(OpenApiSchema schema, object bound, bool lower, bool exclusive)
    {
        if (Number(bound) is not { } value)
        {
            return;
        }

        switch (lower, exclusive)
        {
            case (true, true): schema.ExclusiveMinimum = value; break;
            case (true, false): schema.Minimum = value; break;
            case (false, true): schema.ExclusiveMaximum = value; break;
            default: schema.Maximum = value; break;
        }
    }

    // Dates and other comparables have no JSON Schema bound; numbers are written as the invariant text the document keeps.
    private static string? Number(object bound) => bound switch
    {
        int or long or short or byte or decimal or double or float => Convert.ToString(bound, CultureInfo.InvariantCulture),
        _ => null,
    };
}
