using CaliFlow.BuildingBlocks.Caching;
using CaliFlow.Modules.Gamification.Domain;
using CaliFlow.Modules.Gamification.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Gamification.Achievements;

/// <summary>
/// Every achievement definition, which each counted fact is judged against: an in-process copy (<see cref="NearCache"/>) rather
/// than a query per event. An admin's create or edit drops the copy on every instance once it commits; the seeder adds
/// definitions only at deployment, and a copy lives at most <see cref="NearCache.Lifetime"/>. The definitions are shared
/// between deliveries, so nobody may change them: they are read without tracking and only read.
/// </summary>
internal sealed class AchievementDefinitions(GamificationDbContext db, NearCache near, CacheInvalidation invalidation)
{
    public const string CacheKey = "gamification:achievement-definitions";

    public ValueTask<IReadOnlyList<Achievement>> GetAsync(CancellationToken cancellationToken) =>
        near.GetOrReadAsync<(GamificationDbContext Db, CancellationToken Token), IReadOnlyList<Achievement>>(
            CacheKey, (db, cancellationToken), static async state => await state.Db.Achievements.AsNoTracking().ToListAsync(state.Token));

    /// <summary>A definition was created or changed in this command: every copy goes once it commits.</summary>
    public void Changed() => invalidation.Invalidate(CacheKey);
}
