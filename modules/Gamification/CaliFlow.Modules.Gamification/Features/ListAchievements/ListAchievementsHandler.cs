using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Gamification.Achievements;
using CaliFlow.Modules.Gamification.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Gamification.Features.ListAchievements;

internal sealed class ListAchievementsHandler(GamificationDbContext db) : IQueryHandler<ListAchievementsQuery, Result<List<AchievementResponse>>>
{
    public async ValueTask<Result<List<AchievementResponse>>> Handle(ListAchievementsQuery query, CancellationToken cancellationToken)
    {
        var definitions = await db.Achievements.AsNoTracking().ToListAsync(cancellationToken);
        var progress = await db.UserAchievements.AsNoTracking().Where(a => a.UserId == query.UserId)
            .ToDictionaryAsync(a => a.AchievementId, cancellationToken);
        return definitions
            .OrderBy(a => a.Rule.Metric, StringComparer.Ordinal).ThenBy(a => a.Rule.Threshold).ThenBy(a => a.Code, StringComparer.Ordinal)
            .Select(a => AchievementResponse.From(a, progress.GetValueOrDefault(a.Id)))
            .ToList();
    }
}
