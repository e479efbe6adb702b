using CaliFlow.Modules.Exercises.Contracts;

namespace CaliFlow.Modules.Coaching.Coach;

/// <summary>
/// Finds the library exercises a text names, from the library's own names and slugs, so the coach knows every exercise the
/// library has without a list of its own to keep in step. People name a skill by its bare name ("planche", "handstand"):
/// when two or more exercises are called "&lt;one word&gt; X" and all of them lead through the progression graph to the hardest
/// of them, "X" names that one (Tuck, Straddle and Full planche: "planche" is the Full planche). A full name or slug always
/// beats a bare name; a bare name shared by exercises on different lines ("flag": human and dragon flag) names neither.
/// </summary>
internal static class ExerciseNames
{
    /// <summary>Every exercise the text names, in the order named; a name inside a longer one ("planche" in "planche lean") does not count.</summary>
    public static IReadOnlyList<ExerciseInfo> Named(ExerciseLibrary library, string text)
    {
        var words = Key(text);
        var found = new List<(int Start, int End, ExerciseInfo Exercise)>();
        foreach (var (phrase, exercise) in Spellings(library).OrderByDescending(s => s.Key.Length))
        {
            var needle = ' ' + phrase + ' ';
            for (var at = words.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = words.IndexOf(needle, at + 1, StringComparison.Ordinal))
            {
                var end = at + needle.Length - 1;
                if (!found.Any(f => at < f.End && f.Start < end))
                {
                    found.Add((at, end, exercise));
                }
            }
        }

        return [.. found.OrderBy(f => f.Start).Select(f => f.Exercise).DistinctBy(e => e.Id)];
    }

    /// <summary>
    /// The skills a text asks about, in the order named: the exercises it names, less those on the way to another one it
    /// names ("from push-ups to a planche" asks about the planche).
    /// </summary>
    public static IReadOnlyList<ExerciseInfo> Targets(ExerciseLibrary library, string text)
    {
        var named = Named(library, text);
        var harder = Harder(library);
        return [.. named.Where(e => !named.Any(other => other.Id != e.Id && Reaches(harder, e.Id, other.Id)))];
    }

    /// <summary>What people call an exercise: its bare name when it has one ("planche" for the Full planche), else its name.</summary>
    public static string CommonName(ExerciseLibrary library, ExerciseInfo exercise) =>
        BareNames(library).Values.FirstOrDefault(b => b.Exercise.Id == exercise.Id).Display ?? Lower(exercise.Name);

    // Every spelling (as Key makes it) → the exercise it names: bare names first, so full names and slugs overwrite them.
    private static Dictionary<string, ExerciseInfo> Spellings(ExerciseLibrary library)
    {
        var spellings = BareNames(library).ToDictionary(b => b.Key, b => b.Value.Exercise);
        foreach (var exercise in library.Exercises)
        {
            spellings[Key(exercise.Name).Trim()] = exercise;
            spellings[Key(exercise.Slug.Replace('-', ' ')).Trim()] = exercise;
        }

        spellings.Remove("");
        return spellings;
    }

    private static Dictionary<string, (string Display, ExerciseInfo Exercise)> BareNames(ExerciseLibrary library)
    {
        var harder = Harder(library);
        return library.Exercises
            .Select(e => (Exercise: e, Words: e.Name.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries)))
            .Where(x => x.Words.Length == 2)
            .GroupBy(x => Key(x.Words[1]).Trim())
            .Select(line => (line.Key, Line: line.ToList(), Hardest: line.MaxBy(x => x.Exercise.Difficulty)))
            .Where(g => g.Line.Count > 1 && g.Line.All(x => x.Exercise.Id == g.Hardest.Exercise.Id || Reaches(harder, x.Exercise.Id, g.Hardest.Exercise.Id)))
            .ToDictionary(g => g.Key, g => (Lower(g.Hardest.Words[1]), g.Hardest.Exercise));
    }

    // "Handstand push-up" → "handstand push-up", but "L-sit" stays.
    private static string Lower(string name) =>
        name.Length > 1 && name[1] != '-' ? char.ToLowerInvariant(name[0]) + name[1..] : name;

    private static string Key(string text) => CoachText.SingularWords(CoachText.Normalize(text));

    private static ILookup<Guid, Guid> Harder(ExerciseLibrary library) => library.Progressions.ToLookup(p => p.FromId, p => p.ToId);

    private static bool Reaches(ILookup<Guid, Guid> harder, Guid from, Guid to)
    {
        var seen = new HashSet<Guid> { from };
        var queue = new Queue<Guid>([from]);
        while (queue.TryDequeue(out var at))
        {
            foreach (var next in harder[at])
            {
                if (next == to)
                {
                    return true;
                }

                if (seen.Add(next))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return false;
    }
}
