using System.Text.Json.Nodes;

namespace CaliFlow.UnitTests.Contract;

/// <summary>
/// What in a new OpenAPI document would break a client built against an old one: an operation or a success answer gone, a
/// request that must now carry more or may carry less (a new required field or parameter, a narrower type, fewer allowed
/// words, tighter limits), an answer that may now hold less or other things (a field gone or no longer always there, a wider
/// type, new words). Additions a client can ignore are not breaking. Local <c>$ref</c>s are followed.
/// </summary>
public static class ContractDiff
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

    public static List<string> BreakingChanges(JsonNode published, JsonNode current)
    {
        var breaks = new List<string>();
        foreach (var (path, publishedItem) in published["paths"]?.AsObject() ?? [])
        {
            foreach (var method in Methods.Where(m => publishedItem?[m] is not null))
            {
                var at = $"{method.ToUpperInvariant()} {path}";
                if (current["paths"]?[path]?[method] is not { } operation)
                {
                    breaks.Add($"{at}: the operation is gone");
                    continue;
                }

                var before = publishedItem![method]!;
                CompareParameters(at, published, before, current, operation, breaks);
                if (Json(before["requestBody"]) is { } requestBefore && Json(operation["requestBody"]) is { } requestNow)
                {
                    new Walk(published, current, breaks, Request: true).Compare($"{at} request", requestBefore, requestNow);
                }

                foreach (var (status, answer) in before["responses"]?.AsObject() ?? [])
                {
                    if (!status.StartsWith('2'))
                    {
                        continue;
                    }

                    if (operation["responses"]?[status] is not { } now)
                    {
                        breaks.Add($"{at}: the {status} answer is gone");
                    }
                    else if (Json(answer) is { } schemaBefore && Json(now) is { } schemaNow)
                    {
                        new Walk(published, current, breaks, Request: false).Compare($"{at} {status}", schemaBefore, schemaNow);
                    }
                }
            }
        }

        return breaks;
    }

    private static JsonNode? Json(JsonNode? bodyOrAnswer) => bodyOrAnswer?["content"]?["application/json"]?["schema"];

    private static void CompareParameters(string at, JsonNode published, JsonNode before, JsonNode current, JsonNode now, List<string> breaks)
    {
        static string Key(JsonNode? p) => $"{p?["in"]}:{p?["name"]}";
        var old = (before["parameters"]?.AsArray() ?? []).ToDictionary(Key);
        foreach (var parameter in now["parameters"]?.AsArray() ?? [])
        {
            var required = parameter?["required"]?.GetValue<bool>() == true;
            if (!old.TryGetValue(Key(parameter), out var was))
            {
                if (required)
                {
                    breaks.Add($"{at}: new required parameter {Key(parameter)}");
                }

                continue;
            }

            if (required && was?["required"]?.GetValue<bool>() != true)
            {
                breaks.Add($"{at}: parameter {Key(parameter)} is now required");
            }

            if (was?["schema"] is { } schemaBefore && parameter?["schema"] is { } schemaNow)
            {
                new Walk(published, current, breaks, Request: true).Compare($"{at} parameter {Key(parameter)}", schemaBefore, schemaNow);
            }
        }
    }

    /// <summary>One comparison of two schemas, in the direction data flows: what a client sends, or what it receives.</summary>
    private sealed record Walk(JsonNode Published, JsonNode Current, List<string> Breaks, bool Request)
    {
        private readonly HashSet<(string, string)> _seen = [];

        public void Compare(string at, JsonNode before, JsonNode now)
        {
            var (oldSchema, oldName) = Resolve(Published, before);
            var (newSchema, newName) = Resolve(Current, now);
            if (oldSchema is null || newSchema is null || !_seen.Add((oldName ?? at, newName ?? at)))
            {
                return;
            }

            var oldTypes = Types(oldSchema);
            var newTypes = Types(newSchema);
            if (oldTypes.Count > 0 && newTypes.Count > 0 && (Request ? !oldTypes.IsSubsetOf(newTypes) : !newTypes.IsSubsetOf(oldTypes)))
            {
                Breaks.Add($"{at}: type {string.Join('|', oldTypes.Order())} became {string.Join('|', newTypes.Order())}");
            }

            var oldWords = Words(oldSchema);
            var newWords = Words(newSchema);
            if (Request ? newWords is not null && (oldWords is null || !oldWords.IsSubsetOf(newWords)) : oldWords is not null && newWords is not null && !newWords.IsSubsetOf(oldWords))
            {
                Breaks.Add($"{at}: the allowed words changed from [{Listed(oldWords)}] to [{Listed(newWords)}]");
            }

            if (Request)
            {
                Tighter(at, "maxLength", oldSchema, newSchema, lower: true);
                Tighter(at, "maxItems", oldSchema, newSchema, lower: true);
                Tighter(at, "maximum", oldSchema, newSchema, lower: true);
                Tighter(at, "minLength", oldSchema, newSchema, lower: false);
                Tighter(at, "minItems", oldSchema, newSchema, lower: false);
                Tighter(at, "minimum", oldSchema, newSchema, lower: false);
            }

            var oldRequired = Required(oldSchema);
            var newRequired = Required(newSchema);
            foreach (var (name, property) in oldSchema["properties"]?.AsObject() ?? [])
            {
                var nowProperty = newSchema["properties"]?[name];
                if (!Request && nowProperty is null)
                {
                    Breaks.Add($"{at}: field {name} is gone");
                }
                else if (!Request && oldRequired.Contains(name) && !newRequired.Contains(name))
                {
                    Breaks.Add($"{at}: field {name} is no longer always there");
                }

                if (property is not null && nowProperty is not null)
                {
                    Compare($"{at}.{name}", property, nowProperty);
                }
            }

            if (Request)
            {
                foreach (var name in newRequired.Except(oldRequired))
                {
                    Breaks.Add($"{at}: field {name} is now required");
                }
            }

            if (oldSchema["items"] is { } oldItems && newSchema["items"] is { } newItems)
            {
                Compare($"{at}[]", oldItems, newItems);
            }

            if (oldSchema["additionalProperties"] is JsonObject oldValues && newSchema["additionalProperties"] is JsonObject newValues)
            {
                Compare($"{at}{{}}", oldValues, newValues);
            }
        }

        private void Tighter(string at, string keyword, JsonNode before, JsonNode now, bool lower)
        {
            var newLimit = now[keyword]?.GetValue<decimal>();
            if (newLimit is null)
            {
                return;
            }

            var oldLimit = before[keyword]?.GetValue<decimal>();
            if (oldLimit is null || (lower ? newLimit < oldLimit : newLimit > oldLimit))
            {
                Breaks.Add($"{at}: {keyword} tightened from {oldLimit?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"} to {newLimit.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
            }
        }

        // A nullable reference is written oneOf [null, $ref]: it is the referenced schema, with null among its types.
        private static (JsonNode? Schema, string? Name) Resolve(JsonNode document, JsonNode schema)
        {
            string? name = null;
            for (var hops = 0; hops < 8; hops++)
            {
                if (schema["$ref"]?.GetValue<string>() is { } reference && reference.StartsWith("#/components/schemas/", StringComparison.Ordinal))
                {
                    name = reference["#/components/schemas/".Length..];
                    schema = document["components"]?["schemas"]?[name] ?? schema;
                    continue;
                }

                if (schema["oneOf"]?.AsArray() is { Count: 2 } choices && choices.Any(c => (string?)c?["type"] == "null")
                    && choices.FirstOrDefault(c => (string?)c?["type"] != "null") is { } other)
                {
                    schema = other;
                    continue;
                }

                break;
            }

            return (schema, name);
        }

        private static HashSet<string> Types(JsonNode schema) => schema["type"] switch
        {
            JsonArray many => [.. many.Select(t => (string)t!)],
            JsonValue one => [(string)one!],
            _ => [],
        };

        private static HashSet<string>? Words(JsonNode schema) =>
            schema["enum"] is JsonArray words ? [.. words.Select(w => w?.ToJsonString() ?? "null")] : null;

        private static string Listed(HashSet<string>? words) => string.Join(", ", (words ?? []).Order(StringComparer.Ordinal));

        private static HashSet<string> Required(JsonNode schema) =>
            [.. schema["required"]?.AsArray().Select(r => (string)r!) ?? []];
    }
}
