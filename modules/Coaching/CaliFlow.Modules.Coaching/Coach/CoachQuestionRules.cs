using FluentValidation;

namespace CaliFlow.Modules.Coaching.Coach;

/// <summary>What a question to the coach must be, whether the reply comes whole or streamed.</summary>
internal static class CoachQuestionRules
{
    /// <summary>Present, not blank, and no longer than the configured limit.</summary>
    public static IRuleBuilderOptions<T, string> CoachQuestion<T>(this IRuleBuilder<T, string> rule, int maxLength) =>
        rule.NotNull().WithMessage("Write a question.")
            .Must(c => !string.IsNullOrWhiteSpace(c)).WithMessage("Write a question.")
            .MaximumLength(maxLength).WithMessage($"At most {maxLength} characters.");
}
