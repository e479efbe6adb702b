using CaliFlow.BuildingBlocks.Validation;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace CaliFlow.Modules.Platform.OutboundWebhooks.RegisterWebhook;

internal sealed class RegisterWebhookValidator : AbstractValidator<RegisterWebhookCommand>
{
    public RegisterWebhookValidator(IOptions<WebhookOptions> options, OutboundAddressGuard guard)
    {
        RuleFor(c => c.Url)
            .Cascade(CascadeMode.Stop)
            .NotEmpty()
            .MaximumLength(500)
            .Must(url => IsWellFormed(url, options.Value.AllowInsecureLocalhost))
            .WithMessage("The URL must be an absolute https:// address.")
            .CustomAsync(async (url, context, cancellationToken) =>
            {
                try
                {
                    await guard.ResolveAllowedAsync(new Uri(url).IdnHost, cancellationToken);
                }
                catch (OutboundAddressRefusedException refused)
                {
                    context.AddFailure(refused.Message);
                }
            });
        RuleFor(c => c.CurrentPassword).NotEmpty().MaximumLength(256);
        RuleFor(c => c.Events).NotEmpty().MaxItems(WebhookEvents.All.Count);
        RuleForEach(c => c.Events)
            .NotEmpty()
            .MaximumLength(WebhookEvents.All.Max(e => e.Length))
            .Must(e => WebhookEvents.All.Contains(e))
            .WithMessage($"Unknown event; one of {string.Join(", ", WebhookEvents.All)}.");
    }

    // Plain http only to loopback in development; whether the host's addresses are allowed is the guard's question.
    private static bool IsWellFormed(string? url, bool allowInsecureLocalhost) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && string.IsNullOrEmpty(uri.UserInfo) &&
        (uri.Scheme == Uri.UriSchemeHttps || (allowInsecureLocalhost && uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback));
}
