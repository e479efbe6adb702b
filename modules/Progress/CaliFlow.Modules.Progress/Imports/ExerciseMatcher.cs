using System.Text;
using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Progress.Domain;
using FuzzySharp;

namespace CaliFlow.Modules.Progress.Imports;

/// <summary>
/// Finds the library exercise a name from another app means. Exact: the same words as a live exercise's name or slug, once case,
/// punctuation, plurals and load modifiers are set aside ("Pull Ups (Assisted)" is the pull-up; the assistance goes into the set).
/// Fuzzy: FuzzySharp's weighted ratio at or above <see cref="FuzzyThreshold"/>, with its score as the confidence. Anything else is
/// unmatched, with the closest exercises as suggestions for the user to choose from.
/// </summary>
internal sealed class ExerciseMatcher
{
    public const int FuzzyThreshold = 85;
    private const int SuggestionCount = 3;
    private const int SuggestionFloor = 50;

    /// <summary>Words that say how a set was loaded, not which exercise it was.</summary>
    private static readonly HashSet<string> LoadWords = new(StringComparer.Ordinal) { "assisted", "weighted", "bodyweight", "machine" };

    private readonly List<ExerciseInfo> _exercises;
    private readonly List<string> _normalizedNames;
    private readonly Dictionary<string, ExerciseInfo> _exact = new(StringComparer.Ordinal);

    public ExerciseMatcher(ExerciseLibrary library)
    {
        _exercises = [.. library.Exercises.Where(e => !e.Retired)];
        _normalizedNames = [.. _exercises.Select(e => Normalize(e.Name))];
        foreach (var exercise in _exercises)
        {
            _exact.TryAdd(exercise.Slug, exercise);
            _exact.TryAdd(Normalize(exercise.Name), exercise);
            _exact.TryAdd(Normalize(exercise.Slug), exercise);
        }
    }

    public ExerciseMatch Match(string name, int sets)
    {
        if (_exact.TryGetValue(name.Trim(), out var bySlug) || _exact.TryGetValue(Normalize(name), out bySlug))
        {
            return new ExerciseMatch(name, sets, "exact", Choice(bySlug, null), 1m, []);
        }

        var ranked = Process.ExtractTop(Normalize(name), _normalizedNames, s => s, limit: SuggestionCount + 1, cutoff: SuggestionFloor)
            .Select(r => Choice(_exercises[r.Index], r.Score / 100m))
            .ToList();
        return ranked is [var best, ..] && best.Confidence >= FuzzyThreshold / 100m
            ? new ExerciseMatch(name, sets, "fuzzy", best, best.Confidence, [.. ranked.Skip(1).Take(SuggestionCount)])
            : new ExerciseMatch(name, sets, "unmatched", null, null, [.. ranked.Take(SuggestionCount)]);
    }

    private static ExerciseChoice Choice(ExerciseInfo exercise, decimal? confidence) => new(exercise.Id, exercise.Slug, exercise.Name, confidence);

    /// <summary>Lower case words of letters and digits, plural "s" dropped, load words left out.</summary>
    public static string Normalize(string name)
    {
        var words = new StringBuilder(name.Length);
        foreach (var c in name.ToLowerInvariant())
        {
            words.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }

        return string.Join(' ', words.ToString()
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !LoadWords.Contains(w))
            .Select(w => w.Length >= 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) ? w[..^1] : w));
    }
}
