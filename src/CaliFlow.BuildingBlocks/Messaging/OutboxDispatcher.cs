using System.Collections.Concurrent;
using System.Text.Json;
using CaliFlow.BuildingBlocks.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CaliFlow.BuildingBlocks.Messaging;

public sealed class OutboxOptions
{
    /// <summary>Off only to simulate a crash between commit and delivery (tests) or to run a read-only instance.</summary>
    public bool Enabled { get; set; } = true;

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    public int BatchSize { get; set; } = 50;

    /// <summary>
    /// Batches delivered at once in this process, across every module's outbox. A batch holds its claim's connection and one
    /// per handler of the event in hand (three for a workout logged), so two batches keep at most about eight pooled connections
    /// and the rest always serve requests: with a backlog in every outbox, eight dispatchers once took the whole pool.
    /// </summary>
    public int ConcurrentBatches { get; set; } = 2;
}

/// <summary>The process's permits for <see cref="OutboxOptions.ConcurrentBatches"/>, shared by every module's dispatcher.</summary>
public sealed class OutboxDeliverySlots(IOptions<OutboxOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(options.Value.ConcurrentBatches);

    public async Task<IDisposable> TakeAsync(CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken);
        return new Slot(_slots);
    }

    public void Dispose() => _slots.Dispose();

    private sealed class Slot(SemaphoreSlim slots) : IDisposable
    {
        public void Dispose() => slots.Release();
    }
}

/// <summary>
/// Delivers a module's outbox. Each batch is claimed with FOR UPDATE SKIP LOCKED inside a transaction, so several API instances
/// share the work without delivering a message twice at the same time; a crash releases the claim and another instance retries.
/// </summary>
public sealed partial class OutboxDispatcher<TDbContext>(
    IServiceScopeFactory scopes,
    IEnumerable<IIntegrationEventSubscription> subscriptions,
    IOptions<OutboxOptions> options,
    OutboxMetrics metrics,
    OutboxDeliverySlots slots,
    TimeProvider time,
    ILogger<OutboxDispatcher<TDbContext>> logger) : BackgroundService
    where TDbContext : DbContext
{
    private static readonly ConcurrentDictionary<string, Type?> EventTypes = new();
    private readonly ILookup<Type, IIntegrationEventSubscription> _subscriptions = subscriptions.ToLookup(s => s.EventType);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Counted even where this instance does not deliver: the backlog is the deployment's, whoever reports it.
        metrics.CountPendingWith(Module, CountPending);
        if (!options.Value.Enabled)
        {
            return;
        }

        await BatchLoop.RunAsync(
            DispatchBatchAsync, options.Value.BatchSize, options.Value.PollInterval, time,
            ex => LogBatchFailed(ex, typeof(TDbContext).Name), stoppingToken);
    }

    /// <summary>Claims and delivers one batch; returns how many messages it claimed.</summary>
    public async Task<int> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        using var slot = await slots.TakeAsync(cancellationToken);
        var now = time.GetUtcNow();
        await using var batch = await ClaimedBatch.ClaimAsync(
            scopes,
            (TDbContext db) => db.Set<OutboxMessage>().FromSqlRaw(ClaimSql(db), now, options.Value.BatchSize),
            cancellationToken);

        // Each handler gets the batch's events for it at once (HandlerDelivery); handlers run side by side, so a batch takes as
        // long as its slowest handler. A message is processed once every handler of it took it.
        var failures = new ConcurrentDictionary<Guid, Exception>();
        var deliveries = new List<Delivery>();
        foreach (var message in batch.Rows)
        {
            try
            {
                var integrationEvent = Decode(message);
                deliveries.AddRange(_subscriptions[integrationEvent.GetType()].Select(s => new Delivery(message.Id, integrationEvent, s)));
            }
            catch (Exception ex) when (ex is InvalidOperationException or JsonException or NotSupportedException)
            {
                failures.TryAdd(message.Id, ex);
            }
        }

        await Task.WhenAll(deliveries.GroupBy(d => d.Subscription.HandlerName)
            .Select(handler => DeliverToHandlerAsync([.. handler], failures, cancellationToken)));

        foreach (var message in batch.Rows)
        {
            if (failures.TryGetValue(message.Id, out var failure))
            {
                LogDeliveryFailed(failure, message.Id, message.Type, message.Attempts + 1);
                message.MarkFailed(failure.Message, time.GetUtcNow());
                metrics.Failed(Module);
            }
            else
            {
                message.MarkProcessed(time.GetUtcNow());
                metrics.Delivered(Module);
            }
        }

        return await batch.CommitAsync(cancellationToken);
    }

    /// <summary>The module whose outbox this is, as metrics name it: its DbContext's name without "DbContext".</summary>
    private static string Module => typeof(TDbContext).Name.Replace("DbContext", "", StringComparison.Ordinal).ToLowerInvariant();

    private long CountPending()
    {
        using var scope = scopes.CreateScope();
        return scope.ServiceProvider.GetRequiredService<TDbContext>().Set<OutboxMessage>().LongCount(m => m.ProcessedAt == null);
    }

    /// <summary>Pending messages that are due, oldest first; the outbox table is named by the module's model (its schema).</summary>
    private static string ClaimSql(DbContext db)
    {
        var outbox = db.Model.FindEntityType(typeof(OutboxMessage))!;
        return $"SELECT * FROM \"{outbox.GetSchema()}\".\"{outbox.GetTableName()}\"" +
               " WHERE processed_at IS NULL AND (next_attempt_at IS NULL OR next_attempt_at <= {0})" +
               " ORDER BY id LIMIT {1} FOR UPDATE SKIP LOCKED";
    }

    private static object Decode(OutboxMessage message)
    {
        var eventType = EventTypes.GetOrAdd(message.Type, static name => System.Type.GetType(name))
                        ?? throw new InvalidOperationException($"Unknown integration event type '{message.Type}'.");
        return JsonSerializer.Deserialize(message.Payload, eventType, JsonDefaults.Options)
               ?? throw new InvalidOperationException($"Empty payload for {message.Id}.");
    }

    /// <summary>
    /// One handler's events of the batch together; if that fails, one at a time, so only the events that fail wait for a retry
    /// (each in its own transaction, so the others' effects are kept).
    /// </summary>
    private async Task DeliverToHandlerAsync(
        IReadOnlyList<Delivery> deliveries, ConcurrentDictionary<Guid, Exception> failures, CancellationToken cancellationToken)
    {
        try
        {
            await HandlerDelivery.DeliverAsync(scopes, deliveries, time, cancellationToken);
            return;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested && deliveries.Count == 1)
        {
            failures.TryAdd(deliveries[0].EventId, ex);
            return;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            LogFellBackToOneByOne(ex, deliveries[0].Subscription.HandlerName, deliveries.Count);
        }

        foreach (var delivery in deliveries)
        {
            try
            {
                await HandlerDelivery.DeliverAsync(scopes, [delivery], time, cancellationToken);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                failures.TryAdd(delivery.EventId, ex);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Handler} failed on a batch of {Count} events; delivering them one at a time")]
    private partial void LogFellBackToOneByOne(Exception exception, string handler, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox batch of {DbContext} failed")]
    private partial void LogBatchFailed(Exception exception, string dbContext);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivery of integration event {EventId} ({EventType}) failed, attempt {Attempt}")]
    private partial void LogDeliveryFailed(Exception exception, Guid eventId, string eventType, int attempt);
}
