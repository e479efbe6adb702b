using CaliFlow.Modules.Exercises.Contracts;

namespace CaliFlow.Modules.Coaching.Coach;

/// <summary>A chain of progression steps leading to a skill, and the rule to pass each step.</summary>
internal sealed record SkillPath(IReadOnlyList<Guid> Steps, IReadOnlyList<UnlockRule> Rules, Guid? Current);

/// <summary>Walks the progression graph (easier → harder edges) backwards from a skill.</summary>
internal static class SkillPaths
{
    /// <summary>
    /// The path to <paramref name="target"/> from the hardest exercise the user trains that leads to it; when they train none
    /// of those, the longest chain into it from an exercise with nothing easier before it (a true starting point). With
    /// <paramref name="available"/> the path only runs through exercises doable with that equipment (the target is the
    /// caller's to check), so a step whose only easier steps need missing equipment is where it starts.
    /// </summary>
    public static SkillPath Find(ExerciseLibrary library, Guid target, IEnumerable<Guid> training, IReadOnlyCollection<Equipment>? available = null)
    {
        var usable = library.Exercises.Where(e => available is null || e.DoableWith(available)).Select(e => e.Id).ToHashSet();
        var easier = library.Progressions.Where(p => usable.Contains(p.FromId)).GroupBy(p => p.ToId).ToDictionary(g => g.Key, g => g.ToList());
        // Shortest way back from the target to every exercise that leads to it (breadth first).
        var next = new Dictionary<Guid, ProgressionInfo>();
        var depth = new Dictionary<Guid, int> { [target] = 0 };
        var queue = new Queue<Guid>([target]);
        while (queue.Count > 0)
        {
            var at = queue.Dequeue();
            foreach (var edge in easier.GetValueOrDefault(at) ?? [])
            {
                if (depth.TryAdd(edge.FromId, depth[at] + 1))
                {
                    next[edge.FromId] = edge;
                    queue.Enqueue(edge.FromId);
                }
            }
        }

        var difficulty = library.Exercises.ToDictionary(e => e.Id, e => e.Difficulty);
        var current = training.Distinct().Where(id => depth.ContainsKey(id))
            .OrderByDescending(id => difficulty.GetValueOrDefault(id)).ThenBy(id => depth[id])
            .Select(id => (Guid?)id).FirstOrDefault();
        var start = current ?? depth.Where(d => !easier.ContainsKey(d.Key)).OrderByDescending(d => d.Value).Select(d => d.Key).FirstOrDefault(target);

        var steps = new List<Guid> { start };
        var rules = new List<UnlockRule>();
        while (next.TryGetValue(steps[^1], out var edge))
        {
            rules.Add(edge.Rule);
            steps.Add(edge.ToId);
        }

        return new SkillPath(steps, rules, current);
    }

    /// <summary>
    /// What the user would need to add to do the exercise: the missing part of its setup that lacks least (an exercise can
    /// have several setups); empty when they can do it.
    /// </summary>
    public static IReadOnlyList<Equipment> Missing(ExerciseInfo exercise, IReadOnlyCollection<Equipment> available) =>
        exercise.DoableWith(available)
            ? []
            : new[] { exercise.Equipment }.Concat(exercise.AlternativeEquipment ?? [])
                .Select(setup => setup.Where(e => !available.Contains(e)).ToList())
                .MinBy(missing => missing.Count)!;
}
