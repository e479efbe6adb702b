using System.Text.Json;
using System.Text.Json.Serialization;

namespace CaliFlow.BuildingBlocks;

/// <summary>
/// One JSON dialect for the API, JSONB columns and integration events: camelCase, enums as kebab-case strings (numbers refused),
/// numbers as JSON numbers only (the web defaults would also read "12", which makes every number <c>number | string</c> in a
/// generated client), and nullability annotations respected so an explicit <c>null</c> never reaches a non-nullable property. A missing property
/// binds as null and is reported by the validator with the other field errors.
/// </summary>
public static class JsonDefaults
{
    public static JsonSerializerOptions Options { get; } = Apply(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Apply(JsonSerializerOptions options)
    {
        options.RespectNullableAnnotations = true;
        options.NumberHandling = JsonNumberHandling.Strict;
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        return options;
    }
}
