using CaliFlow.Modules.Gamification.Achievements;
using FluentValidation;

namespace CaliFlow.Modules.Gamification.Features.CreateAchievement;

internal sealed class CreateAchievementValidator : AbstractValidator<CreateAchievementCommand>
{
    public CreateAchievementValidator()
    {
        RuleFor(c => c.Code).NotEmpty().MaximumLength(60).Matches("^[a-z0-9]+(-[a-z0-9]+)*$")
            .WithMessage("Lower-case letters and digits in words joined by hyphens, e.g. first-muscle-up.");
        AchievementDefinitionRules.Name(RuleFor(c => c.Name));
        AchievementDefinitionRules.Description(RuleFor(c => c.Description));
        RuleFor(c => c.Tier).NotNull().IsInEnum();
        AchievementDefinitionRules.Points(RuleFor(c => c.Points));
        AchievementDefinitionRules.Rule(RuleFor(c => c.Rule));
    }
}
