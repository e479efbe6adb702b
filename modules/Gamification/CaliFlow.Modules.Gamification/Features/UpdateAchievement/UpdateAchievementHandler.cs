using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Gamification.AchievementProgress;
using CaliFlow.Modules.Gamification.Achievements;
using CaliFlow.Modules.Gamification.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Gamification.Features.UpdateAchievement;

internal sealed class UpdateAchievementHandler(
    GamificationDbContext db, IExerciseCatalog catalog, AchievementRecomputation recomputation, AchievementDefinitions definitions)
    : ICommandHandler<UpdateAchievementCommand, Result<AchievementResponse>>
{
    public async ValueTask<Result<AchievementResponse>> Handle(UpdateAchievementCommand command, CancellationToken cancellationToken)
    {
        var achievement = await db.Achievements.SingleOrDefaultAsync(a => a.Code == command.Code, cancellationToken);
        if (achievement is null)
        {
            return GamificationErrors.AchievementNotFound;
        }

        if (await AchievementDefinitionRules.CheckAsync(command.Rule!, catalog, cancellationToken) is { } invalid)
        {
            return invalid;
        }

        if (achievement.Define(command.Name.Trim(), command.Description!.Trim(), command.Tier!.Value, command.Points!.Value, command.Rule!, byAdmin: true))
        {
            await db.SaveChangesAsync(cancellationToken); // inside the command's transaction: the new rule and the progress change together
            await recomputation.RecomputeAsync(achievement, cancellationToken);
            definitions.Changed();
        }

        return AchievementResponse.From(achievement, null);
    }
}
