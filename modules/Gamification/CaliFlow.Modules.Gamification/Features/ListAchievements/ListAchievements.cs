using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Gamification.Achievements;
using Mediator;

namespace CaliFlow.Modules.Gamification.Features.ListAchievements;

internal sealed record ListAchievementsQuery(Guid UserId) : IQuery<Result<List<AchievementResponse>>>;
