using FluentValidation;
using Microsoft.Extensions.Options;

namespace CaliFlow.Modules.Coaching.Features.SendMessage;

internal sealed class SendMessageValidator : AbstractValidator<SendMessageRequest>
{
    public SendMessageValidator(IOptions<CoachingOptions> options) =>
        RuleFor(r => r.Content).CoachQuestion(options.Value.MaxMessageLength);
}

internal static class CoachQuestionRules
{
    /// <summary>Present, not blank, and no longer than the configured limit.</summary>
    public static IRuleBuilderOptions<T, string> CoachQuestion<T>(this IRuleBuilder<T, string> rule, int maxLength) =>
        rule.NotNull().WithMessage("Write a question.")
            .Must(c => !string.IsNullOrWhiteSpace(c)).WithMessage("Write a question.")
            .MaximumLength(maxLength).WithMessage($"At most {maxLength} characters.");
}
