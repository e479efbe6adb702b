using CaliFlow.Modules.Coaching.Coach;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace CaliFlow.Modules.Coaching.Features.SendMessage;

internal sealed class SendMessageValidator : AbstractValidator<SendMessageRequest>
{
    public SendMessageValidator(IOptions<CoachingOptions> options) =>
        RuleFor(r => r.Content).CoachQuestion(options.Value.MaxMessageLength);
}
