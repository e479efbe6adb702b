using CaliFlow.Modules.Progress.Contracts;
using CaliFlow.Modules.Progress.Domain;
using CaliFlow.Modules.Progress.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Progress;

/// <summary>The Progress module's answers to other modules (<see cref="IProgressQueries"/>), read-only.</summary>
internal sealed class ProgressQueries(ProgressDbContext db) : IProgressQueries
{
    public async Task<BodyWeightReading?> GetLatestBodyWeightAsync(Guid userId, CancellationToken cancellationToken)
    {
        // The values are JSONB read whole, so the newest row is fetched and its weight read here.
        var latest = await db.Metrics.AsNoTracking()
            .Where(m => m.UserId == userId && m.Type == MetricType.BodyWeight)
            .OrderByDescending(m => m.RecordedOn).ThenByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id)
            .FirstOrDefaultAsync(cancellationToken);
        return latest?.Data.BodyWeight?.WeightKg is { } weightKg ? new BodyWeightReading(weightKg, latest.RecordedOn) : null;
    }
}
