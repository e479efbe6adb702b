using System.Collections;
using FluentValidation;
using FluentValidation.Validators;

namespace CaliFlow.BuildingBlocks.Validation;

/// <summary>
/// Rules on a list's size and duplicates that the OpenAPI document can read (a <c>Must</c> lambda is opaque to it): they
/// become <c>minItems</c>, <c>maxItems</c> and <c>uniqueItems</c>. An absent list passes, as with FluentValidation's own
/// length rules; requiring it is NotNull's or NotEmpty's business.
/// </summary>
public static class ListRules
{
    public static IRuleBuilderOptions<T, TList> ItemCount<T, TList>(this IRuleBuilder<T, TList> rule, int min, int max)
        where TList : IEnumerable? =>
        rule.SetValidator(new ItemCountValidator<T, TList>(min, max));

    public static IRuleBuilderOptions<T, TList> MaxItems<T, TList>(this IRuleBuilder<T, TList> rule, int max)
        where TList : IEnumerable? =>
        rule.SetValidator(new ItemCountValidator<T, TList>(0, max));

    public static IRuleBuilderOptions<T, TList> UniqueItems<T, TList>(this IRuleBuilder<T, TList> rule)
        where TList : IEnumerable? =>
        rule.SetValidator(new UniqueItemsValidator<T, TList>());

    /// <summary>A map's values lie within [min, max] (its keys are checked by rules of their own).</summary>
    public static IRuleBuilderOptions<T, Dictionary<string, int>?> ValuesBetween<T>(
        this IRuleBuilder<T, Dictionary<string, int>?> rule, int min, int max) =>
        rule.SetValidator(new MapValuesBetweenValidator<T>(min, max));

    /// <summary>A map's keys and values are non-empty texts of at most <paramref name="maxLength"/> characters.</summary>
    public static IRuleBuilderOptions<T, Dictionary<string, string>?> TextEntries<T>(
        this IRuleBuilder<T, Dictionary<string, string>?> rule, int maxLength) =>
        rule.SetValidator(new MapTextEntriesValidator<T>(maxLength));
}

public interface IItemCountValidator
{
    int Min { get; }

    int Max { get; }
}

public interface IUniqueItemsValidator;

/// <summary>Bounds on a map's integer values: the map schema's <c>additionalProperties</c> minimum and maximum.</summary>
public interface IMapValuesBetweenValidator
{
    int Min { get; }

    int Max { get; }
}

/// <summary>Lengths of a map's keys and text values: <c>propertyNames</c> and <c>additionalProperties</c> lengths.</summary>
public interface IMapTextEntriesValidator
{
    int MaxLength { get; }
}

public sealed class ItemCountValidator<T, TList>(int min, int max) : PropertyValidator<T, TList>, IItemCountValidator
    where TList : IEnumerable?
{
    public int Min => min;

    public int Max => max;

    public override string Name => "ItemCountValidator";

    public override bool IsValid(ValidationContext<T> context, TList value)
    {
        context.MessageFormatter.AppendArgument("MinItems", min).AppendArgument("MaxItems", max);
        return value is null || Count(value) is var count && count >= min && count <= max;
    }

    protected override string GetDefaultMessageTemplate(string errorCode) =>
        min > 0 ? "Between {MinItems} and {MaxItems} items." : "At most {MaxItems} items.";

    // Lists and maps know their size; only a bare sequence is counted item by item.
    private static int Count(IEnumerable value) => value is ICollection collection ? collection.Count : value.Cast<object?>().Count();
}

public sealed class UniqueItemsValidator<T, TList> : PropertyValidator<T, TList>, IUniqueItemsValidator
    where TList : IEnumerable?
{
    public override string Name => "UniqueItemsValidator";

    public override bool IsValid(ValidationContext<T> context, TList value)
    {
        if (value is null)
        {
            return true;
        }

        var seen = new HashSet<object?>();
        return value.Cast<object?>().All(seen.Add);
    }

    protected override string GetDefaultMessageTemplate(string errorCode) => "Each item at most once.";
}

public sealed class MapValuesBetweenValidator<T>(int min, int max)
    : PropertyValidator<T, Dictionary<string, int>?>, IMapValuesBetweenValidator
{
    public int Min => min;

    public int Max => max;

    public override string Name => "MapValuesBetweenValidator";

    public override bool IsValid(ValidationContext<T> context, Dictionary<string, int>? value)
    {
        context.MessageFormatter.AppendArgument("From", min).AppendArgument("To", max);
        return value is null || value.Values.All(v => v >= min && v <= max);
    }

    protected override string GetDefaultMessageTemplate(string errorCode) => "Each value must be between {From} and {To}.";
}

public sealed class MapTextEntriesValidator<T>(int maxLength)
    : PropertyValidator<T, Dictionary<string, string>?>, IMapTextEntriesValidator
{
    public int MaxLength => maxLength;

    public override string Name => "MapTextEntriesValidator";

    public override bool IsValid(ValidationContext<T> context, Dictionary<string, string>? value)
    {
        context.MessageFormatter.AppendArgument("MaxLength", maxLength);
        return value is null || value.All(e => Fits(e.Key) && Fits(e.Value));
    }

    protected override string GetDefaultMessageTemplate(string errorCode) =>
        "Each name and value must be 1 to {MaxLength} characters.";

    private bool Fits(string? text) => !string.IsNullOrWhiteSpace(text) && text.Length <= maxLength;
}
