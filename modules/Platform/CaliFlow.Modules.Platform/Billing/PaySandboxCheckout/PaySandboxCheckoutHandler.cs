using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Platform.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CaliFlow.Modules.Platform.Billing.PaySandboxCheckout;

internal sealed class PaySandboxCheckoutHandler(
    PlatformDbContext db, SandboxPaymentProvider sandbox, IOptions<BillingOptions> options, IHostEnvironment environment, TimeProvider time)
    : ICommandHandler<PaySandboxCheckoutCommand, Result<SandboxPaymentSubmitted>>
{
    public async ValueTask<Result<SandboxPaymentSubmitted>> Handle(PaySandboxCheckoutCommand command, CancellationToken cancellationToken)
    {
        var session = options.Value.SandboxServed(environment)
            ? await db.CheckoutSessions
                .FromSql($"SELECT * FROM system.checkout_sessions WHERE id = {command.SessionId} AND provider = 'sandbox' FOR UPDATE")
                .SingleOrDefaultAsync(cancellationToken)
            : null;
        if (session is null)
        {
            return SandboxErrors.CheckoutNotFound;
        }

        if (!session.Submit(time.GetUtcNow()))
        {
            return Error.Conflict("checkout_already_submitted", "This checkout was already paid or declined.");
        }

        sandbox.PayCheckout(session, succeed: command.Outcome == "pay");
        return new SandboxPaymentSubmitted(session.Id, command.Outcome);
    }
}
