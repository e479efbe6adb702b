using CaliFlow.Modules.System.Webhooks;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace CaliFlow.Modules.System.Features.RegisterWebhook;

internal sealed class RegisterWebhookValidator : AbstractValidator<RegisterWebhookCommand>
{
    public RegisterWebhookValidator(IOptions<WebhookOptions> options)
    {
        RuleFor(c => c.Url)
            .NotEmpty()
            .MaximumLength(500)
            .Must(url => IsAllowed(url, options.Value.AllowInsecureLocalhost))
            .WithMessage("The URL must be an absolute https:// address.");
        RuleFor(c => c.Events).NotEmpty().Must(e => e.Count <= WebhookEvents.All.Count);
        RuleForEach(c => c.Events)
            .NotEmpty()
            .Must(e => WebhookEvents.All.Contains(e))
            .WithMessage($"Unknown event; one of {string.Join(", ", WebhookEvents.All)}.");
    }

    private static bool IsAllowed(string? url, bool allowInsecureLocalhost) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && string.IsNullOrEmpty(uri.UserInfo) &&
        (uri.Scheme == Uri.UriSchemeHttps || (allowInsecureLocalhost && uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback));
}
