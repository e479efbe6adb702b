using FluentValidation;
using FluentValidation.Validators;

namespace CaliFlow.BuildingBlocks.Validation;

/// <summary>Text rules the OpenAPI document can read: a closed set of words becomes the parameter's <c>enum</c>.</summary>
public static class TextRules
{
    /// <summary>The longest paging cursor the API issues or reads (cursors are opaque, short, and checked by their slice).</summary>
    public const int MaxCursorLength = 200;

    /// <summary>One of <paramref name="words"/> (e.g. <c>EnumNames&lt;T&gt;.All</c>); an absent value passes.</summary>
    public static IRuleBuilderOptions<T, string?> OneOf<T>(this IRuleBuilder<T, string?> rule, IEnumerable<string> words) =>
        rule.SetValidator(new OneOfValidator<T>([.. words]));
}

public interface IOneOfValidator
{
    IReadOnlyList<string> Words { get; }
}

public sealed class OneOfValidator<T>(IReadOnlyList<string> words) : PropertyValidator<T, string?>, IOneOfValidator
{
    private readonly HashSet<string> _words = new(words, StringComparer.Ordinal);

    public IReadOnlyList<string> Words => words;

    public override string Name => "OneOfValidator";

    public override bool IsValid(ValidationContext<T> context, string? value)
    {
        context.MessageFormatter.AppendArgument("Words", string.Join(", ", words));
        return value is null || _words.Contains(value);
    }

    protected override string GetDefaultMessageTemplate(string errorCode) => "'{PropertyValue}' is not allowed; use one of: {Words}.";
}
