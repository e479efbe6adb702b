using CaliFlow.Modules.Programming.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Programming.Assessments;

/// <summary>What new plans take from assessments: the latest one's placements, while it is recent enough to trust.</summary>
internal static class LatestPlacements
{
    /// <summary>How long an assessment places new plans; older ones only stay readable.</summary>
    public const int ValidForDays = 90;

    /// <summary>Pattern slug → exercise id from the user's latest assessment taken within <see cref="ValidForDays"/> days of <paramref name="today"/>; empty when there is none.</summary>
    public static async Task<IReadOnlyDictionary<string, Guid>> LatestPlacementsAsync(
        this ProgrammingDbContext db, Guid userId, DateOnly today, CancellationToken cancellationToken)
    {
        var placements = await db.Assessments.AsNoTracking()
            .Where(a => a.UserId == userId && a.TakenOn >= today.AddDays(-ValidForDays))
            .OrderByDescending(a => a.Id) // UUIDv7: the newest
            .Select(a => a.Placements)
            .FirstOrDefaultAsync(cancellationToken);
        return placements?.ToDictionary(p => p.Key, p => p.Value.ExerciseId, StringComparer.Ordinal) ?? new Dictionary<string, Guid>();
    }
}
