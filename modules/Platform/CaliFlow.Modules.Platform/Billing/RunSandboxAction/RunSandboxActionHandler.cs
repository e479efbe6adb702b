using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Platform.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CaliFlow.Modules.Platform.Billing.RunSandboxAction;

/// <summary>What a real provider does on its own schedule (renewals, failed charges, refunds), on demand for development and tests.</summary>
internal sealed class RunSandboxActionHandler(PlatformDbContext db, SandboxPaymentProvider sandbox, IOptions<BillingOptions> options, IHostEnvironment environment)
    : ICommandHandler<RunSandboxActionCommand, Result<SandboxActionQueued>>
{
    public async ValueTask<Result<SandboxActionQueued>> Handle(RunSandboxActionCommand command, CancellationToken cancellationToken)
    {
        var subscription = options.Value.SandboxServed(environment)
            ? await db.Subscriptions.AsNoTracking().SingleOrDefaultAsync(
                s => s.Id == command.SubscriptionId && s.UserId == command.UserId && s.Provider == SandboxPaymentProvider.ProviderName, cancellationToken)
            : null;
        if (subscription is null)
        {
            return SandboxErrors.SubscriptionNotFound;
        }

        switch (command.Action)
        {
            case "renew":
                sandbox.Renew(subscription, succeed: true);
                break;
            case "fail-renewal":
                sandbox.Renew(subscription, succeed: false);
                break;
            default:
                var payment = await db.Payments.AsNoTracking()
                    .Where(p => p.SubscriptionId == subscription.Id && p.Status == PaymentStatus.Succeeded)
                    .OrderByDescending(p => p.OccurredAt)
                    .FirstOrDefaultAsync(cancellationToken);
                if (payment is null)
                {
                    return Error.Conflict("nothing_to_refund", "This subscription has no payment left to refund.");
                }

                sandbox.Refund(payment, subscription);
                break;
        }

        return new SandboxActionQueued(subscription.Id, command.Action);
    }
}
