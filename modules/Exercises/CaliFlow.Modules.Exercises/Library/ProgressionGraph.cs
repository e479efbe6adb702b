namespace CaliFlow.Modules.Exercises.Library;

/// <summary>Pure walks over progression edges (easier → harder): reachability, chains around an exercise, shortest paths.</summary>
internal static class ProgressionGraph
{
    /// <summary>Whether <paramref name="to"/> can be reached from <paramref name="from"/> following edges forwards.</summary>
    public static bool Reaches(ILookup<Guid, Guid> next, Guid from, Guid to) => ShortestPath(next, from, to) is not null;

    /// <summary>Every exercise reachable from <paramref name="start"/>, with its distance in steps (the start itself excluded).</summary>
    public static IReadOnlyDictionary<Guid, int> Distances(ILookup<Guid, Guid> next, Guid start)
    {
        var distances = new Dictionary<Guid, int> { [start] = 0 };
        var queue = new Queue<Guid>([start]);
        while (queue.TryDequeue(out var current))
        {
            foreach (var neighbour in next[current])
            {
                if (distances.TryAdd(neighbour, distances[current] + 1))
                {
                    queue.Enqueue(neighbour);
                }
            }
        }

        distances.Remove(start);
        return distances;
    }

    /// <summary>The fewest-steps path from <paramref name="from"/> to <paramref name="to"/>, both included; null when there is none.</summary>
    public static IReadOnlyList<Guid>? ShortestPath(ILookup<Guid, Guid> next, Guid from, Guid to)
    {
        var previous = new Dictionary<Guid, Guid> { [from] = from };
        var queue = new Queue<Guid>([from]);
        while (queue.TryDequeue(out var current))
        {
            if (current == to)
            {
                var path = new List<Guid> { to };
                while (path[^1] != from)
                {
                    path.Add(previous[path[^1]]);
                }

                path.Reverse();
                return path;
            }

            foreach (var neighbour in next[current])
            {
                if (previous.TryAdd(neighbour, current))
                {
                    queue.Enqueue(neighbour);
                }
            }
        }

        return null;
    }
}
