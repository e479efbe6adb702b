using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Gamification.AchievementProgress;
using CaliFlow.Modules.Gamification.Achievements;
using CaliFlow.Modules.Gamification.Domain;
using CaliFlow.Modules.Gamification.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Gamification.Features.CreateAchievement;

internal sealed class CreateAchievementHandler(
    GamificationDbContext db, IExerciseCatalog catalog, AchievementRecomputation recomputation, AchievementDefinitions definitions)
    : ICommandHandler<CreateAchievementCommand, Result<AchievementResponse>>
{
    public async ValueTask<Result<AchievementResponse>> Handle(CreateAchievementCommand command, CancellationToken cancellationToken)
    {
        if (await AchievementDefinitionRules.CheckAsync(command.Rule!, catalog, cancellationToken) is { } invalid)
        {
            return invalid;
        }

        if (await db.Achievements.AnyAsync(a => a.Code == command.Code, cancellationToken))
        {
            return GamificationErrors.CodeTaken(command.Code);
        }

        var achievement = Achievement.Create(command.Code);
        achievement.Define(command.Name.Trim(), command.Description!.Trim(), command.Tier!.Value, command.Points!.Value, command.Rule!, byAdmin: true);
        db.Achievements.Add(achievement);
        await db.SaveChangesAsync(cancellationToken); // the progress rows refer to it; still inside the command's transaction
        await recomputation.RecomputeAsync(achievement, cancellationToken);
        definitions.Changed();
        return AchievementResponse.From(achievement, null);
    }
}
