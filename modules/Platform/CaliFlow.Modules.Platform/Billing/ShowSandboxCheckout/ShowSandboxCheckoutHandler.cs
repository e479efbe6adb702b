using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Platform.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CaliFlow.Modules.Platform.Billing.ShowSandboxCheckout;

internal sealed class ShowSandboxCheckoutHandler(PlatformDbContext db, IOptions<BillingOptions> options, IHostEnvironment environment)
    : IQueryHandler<ShowSandboxCheckoutQuery, Result<SandboxCheckoutView>>
{
    public async ValueTask<Result<SandboxCheckoutView>> Handle(ShowSandboxCheckoutQuery query, CancellationToken cancellationToken)
    {
        var session = options.Value.SandboxServed(environment)
            ? await db.CheckoutSessions.AsNoTracking()
                .SingleOrDefaultAsync(c => c.Id == query.SessionId && c.Provider == SandboxPaymentProvider.ProviderName, cancellationToken)
            : null;
        return session is null
            ? SandboxErrors.CheckoutNotFound
            : new SandboxCheckoutView(session.Id, session.Plan, session.AmountMinor, session.Currency, session.Status, session.SubmittedAt is not null);
    }
}
