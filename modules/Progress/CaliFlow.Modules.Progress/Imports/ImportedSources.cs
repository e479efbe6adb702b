using CaliFlow.Modules.Progress.Domain;
using CaliFlow.Modules.Progress.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Progress.Imports;

/// <summary>Which of a file's workouts a user already has: by (source, source id), and for CaliFlow's own export by the log's id.</summary>
internal static class ImportedSources
{
    public static string Of(ImportFormat format) => format.ToString().ToLowerInvariant();

    /// <summary>The source ids among <paramref name="sourceIds"/> the user's logs (deleted ones too) already hold.</summary>
    public static async Task<HashSet<string>> KnownAsync(
        ProgressDbContext db, Guid userId, ImportFormat format, List<string> sourceIds, CancellationToken cancellationToken)
    {
        var source = Of(format);
        var known = (await db.WorkoutLogs.IgnoreQueryFilters()
                .Where(l => l.UserId == userId && l.Source == source && sourceIds.Contains(l.SourceId!))
                .Select(l => l.SourceId!)
                .ToListAsync(cancellationToken))
            .ToHashSet(StringComparer.Ordinal);
        if (format == ImportFormat.Califlow)
        {
            // An export imported back into the account it came from: its workouts are that account's logs themselves.
            var byId = sourceIds.Where(s => Guid.TryParse(s, out _)).ToLookup(Guid.Parse);
            var ids = byId.Select(g => g.Key).ToList();
            var own = await db.WorkoutLogs.IgnoreQueryFilters()
                .Where(l => l.UserId == userId && ids.Contains(l.Id))
                .Select(l => l.Id)
                .ToListAsync(cancellationToken);
            known.UnionWith(own.SelectMany(id => byId[id]));
        }

        return known;
    }
}
