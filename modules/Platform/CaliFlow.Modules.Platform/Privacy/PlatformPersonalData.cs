using CaliFlow.Modules.Platform.Contracts;
using CaliFlow.Modules.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Platform.Privacy;

/// <summary>
/// Billing's share: subscriptions, payments and checkouts. On purge, payments stay for the books but lose their owner (user id
/// zeroed, amounts and dates kept); subscriptions, checkouts and idempotency records go. The audit log is not touched (see README).
/// </summary>
internal sealed class PlatformPersonalData(PlatformDbContext db) : IPersonalData
{
    public string Section => "billing";

    public async Task<object> ExportAsync(Guid userId, CancellationToken cancellationToken) =>
        new
        {
            subscriptions = await db.Subscriptions.AsNoTracking().Where(s => s.UserId == userId).OrderBy(s => s.CreatedAt).ToListAsync(cancellationToken),
            payments = await db.Payments.AsNoTracking().Where(p => p.UserId == userId).OrderBy(p => p.OccurredAt).ToListAsync(cancellationToken),
            checkouts = await db.CheckoutSessions.AsNoTracking().Where(c => c.UserId == userId).OrderBy(c => c.CreatedAt)
                .Select(c => new { c.Id, c.Plan, c.AmountMinor, c.Currency, c.Status, c.CreatedAt })
                .ToListAsync(cancellationToken),
            webhooks = await db.WebhookEndpoints.AsNoTracking().Where(e => e.OwnerId == userId).OrderBy(e => e.CreatedAt)
                .Select(e => new { e.Id, e.Url, e.Events, e.CreatedAt })
                .ToListAsync(cancellationToken),
        };

    public async Task PurgeAsync(Guid userId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Payments.Where(p => p.UserId == userId)
            .ExecuteUpdateAsync(p => p.SetProperty(x => x.UserId, Guid.Empty).SetProperty(x => x.SubscriptionId, (Guid?)null), cancellationToken);
        await db.Subscriptions.Where(s => s.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.CheckoutSessions.Where(c => c.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.IdempotencyRecords.Where(i => i.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.WebhookEndpoints.Where(e => e.OwnerId == userId).ExecuteDeleteAsync(cancellationToken); // deliveries cascade
        await transaction.CommitAsync(cancellationToken);
    }
}
