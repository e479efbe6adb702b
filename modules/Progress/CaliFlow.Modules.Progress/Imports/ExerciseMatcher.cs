using System.Text;
using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Progress.Domain;
using FuzzySharp;

namespace CaliFlow.Modules.Progress.Imports;

/// <summary>
/// Finds the library exercise a name from another app means. Exact: the same words as a live exercise's name or slug, once case,
/// punctuation and plurals are set aside, first as written, then without load words ("Pull Ups (Assisted)" is the pull-up; the
/// assistance goes into the set).
/// Fuzzy: a name spelled nearly like one exercise's (FuzzySharp's ratio at or above <see cref="FuzzyThreshold"/> and
/// <see cref="FuzzyLead"/> ahead of the next), with its score as the confidence. Anything else is unmatched, with the closest
/// exercises by FuzzySharp's weighted ratio as suggestions for the user to choose from.
/// </summary>
internal sealed class ExerciseMatcher
{
    public const int FuzzyThreshold = 85;

    /// <summary>Different exercise names one import may hold: each is matched, and each unmatched one needs a choice at the commit.</summary>
    public const int MaxNamesPerImport = 500;

    /// <summary>The longest exercise name read from a file (longer ones are no exercise name, and would only slow the matching).</summary>
    public const int MaxNameLength = 100;
    private const int FuzzyLead = 5;
    private const int SuggestionCount = 3;
    private const int SuggestionFloor = 60;

    /// <summary>Words that say how a set was loaded, not which exercise it was.</summary>
    private static readonly HashSet<string> LoadWords = new(StringComparer.Ordinal) { "assisted", "weighted", "bodyweight", "machine" };

    private readonly List<ExerciseInfo> _exercises;
    private readonly List<string> _normalizedNames;
    private readonly Dictionary<string, ExerciseInfo> _exact = new(StringComparer.Ordinal);

    public ExerciseMatcher(ExerciseLibrary library)
    {
        _exercises = [.. library.Exercises.Where(e => !e.Retired)];
        // Library names keep their load words: "Assisted pistol squat" is an exercise of its own, not the pistol squat.
        _normalizedNames = [.. _exercises.Select(e => Normalize(e.Name, dropLoadWords: false))];
        foreach (var exercise in _exercises)
        {
            _exact.TryAdd(exercise.Slug, exercise);
            _exact.TryAdd(Normalize(exercise.Name, dropLoadWords: false), exercise);
            _exact.TryAdd(Normalize(exercise.Slug, dropLoadWords: false), exercise);
        }
    }

    public ExerciseMatch Match(string name, int sets)
    {
        // The file's name as written first ("Assisted Pistol Squat"), then without its load words ("Pull Up (Assisted)").
        var normalized = Normalize(name, dropLoadWords: true);
        if (_exact.TryGetValue(name.Trim(), out var bySlug)
            || _exact.TryGetValue(Normalize(name, dropLoadWords: false), out bySlug)
            || _exact.TryGetValue(normalized, out bySlug))
        {
            return new ExerciseMatch(name, sets, "exact", Choice(bySlug, 1m), 1m, []);
        }

        // A fuzzy match is a spelling of one exercise's name (plain edit-distance similarity, so "Deadlift" is not the
        // single-leg Romanian deadlift it is part of), clearly ahead of the next; several as close are the user's to choose.
        var spelled = _normalizedNames
            .Select((candidate, index) => (Index: index, Score: Fuzz.Ratio(normalized, candidate)))
            .OrderByDescending(c => c.Score)
            .Take(2)
            .ToList();
        ExerciseChoice? match = spelled is [var best, var next] && best.Score >= FuzzyThreshold && best.Score - next.Score >= FuzzyLead
            ? Choice(_exercises[best.Index], best.Score / 100m)
            : null;

        // Suggestions look wider (a name inside a longer one, words in another order).
        var suggestions = Process.ExtractTop(normalized, _normalizedNames, s => s, limit: SuggestionCount + 1, cutoff: SuggestionFloor)
            .Where(r => _exercises[r.Index].Id != match?.Id)
            .Take(SuggestionCount)
            .Select(r => Choice(_exercises[r.Index], r.Score / 100m))
            .ToList();
        return match is not null
            ? new ExerciseMatch(name, sets, "fuzzy", match, match.Confidence, suggestions)
            : new ExerciseMatch(name, sets, "unmatched", null, null, suggestions);
    }

    private static ExerciseChoice Choice(ExerciseInfo exercise, decimal? confidence) => new(exercise.Id, exercise.Slug, exercise.Name, confidence);

    /// <summary>Lower case words of letters and digits, plural "s" dropped, and load words left out when asked.</summary>
    public static string Normalize(string name, bool dropLoadWords)
    {
        var words = new StringBuilder(name.Length);
        foreach (var c in name.ToLowerInvariant())
        {
            words.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }

        return string.Join(' ', words.ToString()
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !dropLoadWords || !LoadWords.Contains(w))
            .Select(w => w.Length >= 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) ? w[..^1] : w));
    }
}
