using CaliFlow.Modules.Gamification.Achievements;
using FluentValidation;

namespace CaliFlow.Modules.Gamification.Features.UpdateAchievement;

internal sealed class UpdateAchievementValidator : AbstractValidator<UpdateAchievementCommand>
{
    public UpdateAchievementValidator()
    {
        AchievementDefinitionRules.Name(RuleFor(c => c.Name));
        AchievementDefinitionRules.Description(RuleFor(c => c.Description));
        RuleFor(c => c.Tier).NotNull().IsInEnum();
        AchievementDefinitionRules.Points(RuleFor(c => c.Points));
        AchievementDefinitionRules.Rule(RuleFor(c => c.Rule));
    }
}
