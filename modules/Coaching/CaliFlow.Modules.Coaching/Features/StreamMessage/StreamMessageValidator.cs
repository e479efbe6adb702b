using CaliFlow.Modules.Coaching.Coach;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace CaliFlow.Modules.Coaching.Features.StreamMessage;

internal sealed class StreamMessageValidator : AbstractValidator<StreamMessageRequest>
{
    public StreamMessageValidator(IOptions<CoachingOptions> options) =>
        RuleFor(r => r.Content).CoachQuestion(options.Value.MaxMessageLength);
}
