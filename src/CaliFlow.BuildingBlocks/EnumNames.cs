using System.Collections.Frozen;
using System.Text.Json;

namespace CaliFlow.BuildingBlocks;

/// <summary>
/// Enum values by their wire names (kebab-case, as <see cref="JsonDefaults"/> writes them), for query-string parameters, which
/// the JSON converter does not see.
/// </summary>
public static class EnumNames<TEnum>
    where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<string, TEnum> ByName =
        Enum.GetValues<TEnum>().ToFrozenDictionary(v => JsonNamingPolicy.KebabCaseLower.ConvertName(v.ToString()), StringComparer.Ordinal);

    public static IEnumerable<string> All => ByName.Keys;

    public static bool TryParse(string? name, out TEnum value) => ByName.TryGetValue(name ?? "", out value);

    public static TEnum Parse(string name) =>
        ByName.TryGetValue(name, out var value) ? value : throw new ArgumentOutOfRangeException(nameof(name), name, null);
}
