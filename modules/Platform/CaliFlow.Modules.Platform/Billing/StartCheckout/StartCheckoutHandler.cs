using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CaliFlow.BuildingBlocks;
using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Platform.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CaliFlow.Modules.Platform.Billing.StartCheckout;

internal sealed class StartCheckoutHandler(
    PlatformDbContext db, IPaymentProvider provider, IOptions<BillingOptions> options, IHostEnvironment environment, TimeProvider time)
    : ICommandHandler<StartCheckoutCommand, Result<CheckoutResponse>>
{
    public async ValueTask<Result<CheckoutResponse>> Handle(StartCheckoutCommand command, CancellationToken cancellationToken)
    {
        if (options.Value.UsesSandbox && !options.Value.SandboxServed(environment))
        {
            return SandboxErrors.NotServed;
        }

        var now = time.GetUtcNow();
        var requestHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"checkout:{command.Plan}")));
        if (command.IdempotencyKey is { } key)
        {
            // Claiming the key first: a concurrent retry waits on this row until we commit, then reads our answer.
            var claimed = await db.Database.ExecuteSqlAsync($"""
                INSERT INTO system.idempotency_keys (user_id, key, request_hash, response, created_at)
                VALUES ({command.UserId}, {key}, {requestHash}, 'null'::jsonb, {now}) ON CONFLICT DO NOTHING
                """, cancellationToken);
            if (claimed == 0)
            {
                var earlier = await db.IdempotencyRecords.AsNoTracking()
                    .SingleAsync(i => i.UserId == command.UserId && i.Key == key, cancellationToken);
                return earlier.RequestHash == requestHash
                    ? JsonSerializer.Deserialize<CheckoutResponse>(earlier.Response, JsonDefaults.Options)!
                    : Error.Conflict("idempotency_key_reused", "This Idempotency-Key was used for a different request; use a new key.");
            }
        }

        var subscriptions = await db.Subscriptions.Where(s => s.UserId == command.UserId && s.Status != SubscriptionStatus.Expired)
            .ToListAsync(cancellationToken);
        if (subscriptions.Any(s => s.EntitlesPremium(now) && s.Status != SubscriptionStatus.Canceled))
        {
            // A refusal is not an answer to remember: the same key may be retried once the subscription has ended.
            await db.Database.ExecuteSqlAsync(
                $"DELETE FROM system.idempotency_keys WHERE user_id = {command.UserId} AND key = {command.IdempotencyKey}", cancellationToken);
            return Error.Conflict("already_subscribed", "You already have a premium subscription (see GET /billing/subscription).");
        }

        var prices = options.Value;
        var amount = command.Plan == BillingPlan.Yearly ? prices.YearlyPriceMinor : prices.MonthlyPriceMinor;
        var session = CheckoutSession.Open(Guid.CreateVersion7(), command.UserId, provider.Name, command.Plan, amount, prices.Currency);
        var checkout = await provider.CreateCheckoutAsync(session, cancellationToken);
        session.AttachProviderSession(checkout.ProviderSessionId, checkout.CheckoutUrl);
        db.CheckoutSessions.Add(session);

        var response = new CheckoutResponse(session.Id, checkout.CheckoutUrl, session.Plan, session.AmountMinor, session.Currency);
        if (command.IdempotencyKey is { } claimedKey)
        {
            var json = JsonSerializer.Serialize(response, JsonDefaults.Options);
            await db.Database.ExecuteSqlAsync(
                $"UPDATE system.idempotency_keys SET response = {json}::jsonb WHERE user_id = {command.UserId} AND key = {claimedKey}",
                cancellationToken);
        }

        return response;
    }
}
