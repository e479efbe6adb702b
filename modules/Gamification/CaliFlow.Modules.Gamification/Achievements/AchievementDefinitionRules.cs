using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Gamification.Rules;
using FluentValidation;

namespace CaliFlow.Modules.Gamification.Achievements;

/// <summary>What a definition must look like, shared by create and change.</summary>
internal static class AchievementDefinitionRules
{
    public const int MaxPoints = 1000;

    public static void Name<T>(IRuleBuilder<T, string> rule) => rule.NotEmpty().MaximumLength(100);

    public static void Description<T>(IRuleBuilder<T, string?> rule) => rule.NotNull().MaximumLength(500);

    public static void Points<T>(IRuleBuilder<T, int?> rule) => rule.NotNull().InclusiveBetween(0, MaxPoints);

    public static void Rule<T>(IRuleBuilder<T, AchievementRule?> rule) =>
        rule.NotNull().SetValidator(new AchievementRuleValidator()!);

    /// <summary>The rule against the metric catalogue and the live exercise library (patterns and exercise slugs).</summary>
    public static async Task<Error?> CheckAsync(AchievementRule rule, IExerciseCatalog catalog, CancellationToken cancellationToken)
    {
        var library = await catalog.GetLibraryAsync(cancellationToken);
        var errors = RuleValidator.Validate(
            rule,
            library.Patterns.Select(p => p.Slug).ToHashSet(StringComparer.Ordinal),
            library.Exercises.Select(e => e.Slug).ToHashSet(StringComparer.Ordinal));
        return errors.Count == 0 ? null : GamificationErrors.InvalidRule(errors[0].Field, errors[0].Message);
    }
}

/// <summary>A rule's shape; what it names is checked against the catalogue by <see cref="AchievementDefinitionRules.CheckAsync"/>.</summary>
internal sealed class AchievementRuleValidator : AbstractValidator<AchievementRule>
{
    public AchievementRuleValidator()
    {
        RuleFor(x => x.Metric).NotEmpty().MaximumLength(40);
        RuleFor(x => x.Threshold).InclusiveBetween(1, Metrics.All.Values.Max(m => m.MaxThreshold));
        RuleFor(x => x.Window).IsInEnum();
        RuleFor(x => x.Pattern).MaximumLength(60);
        RuleFor(x => x.Exercise).MaximumLength(80);
    }
}
