using System.Globalization;
using System.Text;

namespace CaliFlow.Modules.Coaching.Coach;

/// <summary>Plain-text normalisation shared by the intent recogniser and the exercise matcher: tolerant of case, punctuation and plurals.</summary>
internal static class CoachText
{
    // Ways people write exercise names that the library spells differently.
    private static readonly (string From, string To)[] Aliases =
    [
        ("pullups", "pull up"), ("pullup", "pull up"), ("pushups", "push up"), ("pushup", "push up"), ("chinups", "chin up"),
        ("chinup", "chin up"), ("muscleups", "muscle up"), ("muscleup", "muscle up"), ("hspu", "handstand push up"),
        ("lsit", "l sit"), ("situps", "sit up"), ("situp", "sit up"), ("fl", "front lever"), ("bl", "back lever"),
        ("ups", "up"), // "pull-ups" splits into "pull ups", and "ups" is too short for the plural rule
    ];

    /// <summary>Lower case, apostrophes dropped ("today's" → "todays"), everything else not a letter or digit → one space.</summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append(' ');
        foreach (var c in text.ToLower(CultureInfo.InvariantCulture))
        {
            if (c is '\'' or '’' or '‘')
            {
                continue;
            }

            builder.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }

        var words = builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(w => Aliases.FirstOrDefault(a => a.From == w) is { From: not null } alias ? alias.To : w);
        return ' ' + string.Join(' ', words) + ' ';
    }

    /// <summary>A word without a plural "s" ("dips" → "dip", "lunges" → "lunge"), so names match however they are counted.</summary>
    public static string Singular(string word) =>
        word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1] : word;

    /// <summary>The normalised text with every word made singular.</summary>
    public static string SingularWords(string normalized) =>
        ' ' + string.Join(' ', normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Singular)) + ' ';

    /// <summary>
    /// Whether a normalised text contains a phrase as whole words; a phrase ending in '*' matches any word starting so
    /// ("injur*" matches "injury" and "injured").
    /// </summary>
    public static bool Contains(string normalized, string phrase) =>
        phrase.EndsWith('*')
            ? normalized.Contains(' ' + phrase[..^1], StringComparison.Ordinal)
            : normalized.Contains(' ' + phrase + ' ', StringComparison.Ordinal);
}
