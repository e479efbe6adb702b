using System.Diagnostics;
using System.Text;
using CaliFlow.BuildingBlocks.Hosting;
using CaliFlow.Modules.Platform.Persistence;
using CaliFlow.Modules.Platform.Signing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CaliFlow.Modules.Platform.OutboundWebhooks;

/// <summary>
/// Sends queued outbound webhooks, signed with their endpoint's secret (<c>CaliFlow-Signature: t=…,v1=HMAC-SHA256("t.body")</c>),
/// one delivery at a time per endpoint and different endpoints side by side, so a slow receiver only delays its own queue.
/// <para>
/// A short transaction claims endpoints that have due deliveries and no sender (FOR UPDATE SKIP LOCKED: instances share the
/// queue), stamping each with a lease token and an expiry (<see cref="WebhookOptions.Lease"/>), and commits. The sends then run
/// with no transaction or connection held. Each attempt is recorded in its own short transaction, only if the endpoint still
/// carries this claim's token (an instance that stalled past its lease finds another one's token and records nothing), and
/// the record extends the lease for the next send. A crashed sender's endpoint is taken over once its lease runs out and the
/// unrecorded delivery is sent again: at least once, which receivers handle through the delivery id.
/// </para>
/// </summary>
internal sealed partial class WebhookDeliveryWorker(
    IServiceScopeFactory scopes, IHttpClientFactory httpClients, IOptions<WebhookOptions> options, TimeProvider time,
    ILogger<WebhookDeliveryWorker> logger) : BackgroundService
{
    public const string HttpClientName = "outbound-webhooks";
    public const string SignatureHeader = "CaliFlow-Signature";

    /// <summary>Endpoints this instance sends to at once.</summary>
    private const int MaxEndpointsInFlight = 20;

    /// <summary>Deliveries sent to one endpoint, one after another, before it goes back to the queue behind the others.</summary>
    private const int SendsPerClaim = 10;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var sending = new List<Task>();
        do
        {
            sending.RemoveAll(task => task.IsCompleted);
            try
            {
                // Claims while there is room and work; a busy endpoint's sends go on across polls, holding only their slot.
                int room;
                while ((room = MaxEndpointsInFlight - sending.Count) > 0)
                {
                    var claim = await ClaimAsync(room, stoppingToken);
                    sending.AddRange(claim.Endpoints.Select(endpoint =>
                        Task.Run(() => SendQueueAsync(endpoint, claim.Token, stoppingToken), CancellationToken.None)));
                    if (claim.Endpoints.Count < room)
                    {
                        break;
                    }
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogClaimFailed(ex);
            }
        }
        while (await IntervalWait.NextAsync(options.Value.PollInterval, time, stoppingToken));

        await Task.WhenAll(sending);
    }

    /// <summary>Leases up to <paramref name="count"/> endpoints with due deliveries, the longest-waiting first.</summary>
    private async Task<(Guid Token, List<WebhookEndpoint> Endpoints)> ClaimAsync(int count, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var now = time.GetUtcNow();
        var token = Guid.NewGuid();
        // One statement, so one short transaction. FOR UPDATE rechecks the lease on a row another claim just committed.
        var endpoints = await db.WebhookEndpoints
            .FromSql($"""
                      UPDATE system.webhook_endpoints SET lease_token = {token}, leased_until = {now + options.Value.Lease}
                      WHERE id IN (
                          SELECT e.id FROM system.webhook_endpoints e
                          JOIN (SELECT endpoint_id, min(next_attempt_at) AS due_at FROM system.webhook_deliveries
                                WHERE status = 'Pending' AND next_attempt_at <= {now} GROUP BY endpoint_id) due
                            ON due.endpoint_id = e.id
                          WHERE e.disabled_at IS NULL AND (e.leased_until IS NULL OR e.leased_until <= {now})
                          ORDER BY due.due_at LIMIT {count}
                          FOR UPDATE OF e SKIP LOCKED)
                      RETURNING *
                      """)
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        return (token, endpoints);
    }

    /// <summary>Sends an endpoint's due deliveries one after another, while they are accepted, then gives the claim up.</summary>
    private async Task SendQueueAsync(WebhookEndpoint endpoint, Guid token, CancellationToken cancellationToken)
    {
        try
        {
            var client = httpClients.CreateClient(HttpClientName);
            for (var sent = 0; sent < SendsPerClaim; sent++)
            {
                var delivery = await NextDueAsync(endpoint.Id, cancellationToken);
                if (delivery is null)
                {
                    break;
                }

                var attempt = await SendAsync(client, endpoint, delivery, cancellationToken);
                var more = attempt.Succeeded && sent + 1 < SendsPerClaim;
                if (!await RecordAsync(endpoint.Id, token, delivery.Id, attempt, more, cancellationToken) || !more)
                {
                    return;
                }
            }

            await ReleaseAsync(endpoint.Id, token, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // The claim runs out and the endpoint is taken up again then.
            LogSendFailed(ex, endpoint.Id);
        }
        catch (Exception) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: the claim is given up now, so another instance sends the unrecorded delivery again without waiting
            // for the lease to run out. If the database cannot be reached, the lease running out does the same.
            try
            {
                await ReleaseAsync(endpoint.Id, token, CancellationToken.None);
            }
            catch (Exception ex)
            {
                LogReleaseFailed(ex, endpoint.Id);
            }
        }
    }

    private async Task<WebhookDelivery?> NextDueAsync(Guid endpointId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var now = time.GetUtcNow();
        return await db.WebhookDeliveries.AsNoTracking()
            .Where(d => d.EndpointId == endpointId && d.Status == WebhookDeliveryStatus.Pending && d.NextAttemptAt <= now)
            .OrderBy(d => d.NextAttemptAt).ThenBy(d => d.Id)
            .FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>
    /// Records an attempt if the claim still holds, extending it for one more send (<paramref name="more"/>) or giving it up;
    /// false when the claim was lost (nothing recorded) or the endpoint has just been disabled.
    /// </summary>
    private async Task<bool> RecordAsync(
        Guid endpointId, Guid token, Guid deliveryId, WebhookDeliveryAttempt attempt, bool more, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var endpoint = await db.WebhookEndpoints
            .FromSql($"SELECT * FROM system.webhook_endpoints WHERE id = {endpointId} AND lease_token = {token} FOR UPDATE")
            .SingleOrDefaultAsync(cancellationToken);
        if (endpoint is null)
        {
            LogLeaseLost(deliveryId);
            return false;
        }

        var delivery = await db.WebhookDeliveries.SingleOrDefaultAsync(
            d => d.Id == deliveryId && d.Status == WebhookDeliveryStatus.Pending, cancellationToken);
        delivery?.Record(attempt, options.Value.MaxAttempts, options.Value.RetryBaseDelay);
        var disabled = endpoint.RecordOutcome(attempt, options.Value.DisableAfterFailingFor);
        if (more && !disabled)
        {
            endpoint.ExtendLease(time.GetUtcNow() + options.Value.Lease);
        }
        else
        {
            endpoint.ReleaseLease();
        }

        await db.SaveChangesAsync(cancellationToken);
        if (disabled)
        {
            // Nothing more goes to a disabled endpoint: what waited for it is closed, so the owner sees it in the deliveries.
            await db.WebhookDeliveries
                .Where(d => d.EndpointId == endpointId && d.Status == WebhookDeliveryStatus.Pending)
                .ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, WebhookDeliveryStatus.Failed), cancellationToken);
            LogEndpointDisabled(endpointId);
        }

        await transaction.CommitAsync(cancellationToken);
        return !disabled;
    }

    private async Task ReleaseAsync(Guid endpointId, Guid token, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        await db.Database.ExecuteSqlAsync($"""
            UPDATE system.webhook_endpoints SET lease_token = NULL, leased_until = NULL WHERE id = {endpointId} AND lease_token = {token}
            """, cancellationToken);
    }

    private async Task<WebhookDeliveryAttempt> SendAsync(
        HttpClient client, WebhookEndpoint endpoint, WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        var attempt = new WebhookDeliveryAttempt { AttemptedAt = time.GetUtcNow() };
        var watch = Stopwatch.StartNew();
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Url)
            {
                Content = new StringContent(delivery.Payload, Encoding.UTF8, "application/json"),
            };
            request.Headers.Add(SignatureHeader, TimestampedSignature.Sign(delivery.Payload, Encoding.UTF8.GetBytes(endpoint.Secret), time.GetUtcNow()));
            request.Headers.Add("CaliFlow-Event", delivery.EventType);
            request.Headers.Add("CaliFlow-Delivery", delivery.Id.ToString());
            // Headers only: the receiver's body is never read, so it can neither be large nor be shown back to anyone. The
            // client's timeout (Webhooks:Timeout) bounds the whole attempt, connecting included.
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            attempt.StatusCode = (int)response.StatusCode;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            attempt.Error = WebhookSendErrors.Classify(ex);
        }

        attempt.DurationMs = (int)watch.ElapsedMilliseconds;
        if (!attempt.Succeeded)
        {
            LogAttemptFailed(delivery.Id, attempt.StatusCode, attempt.Error);
        }

        return attempt;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Claiming outbound webhooks failed")]
    private partial void LogClaimFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Sending outbound webhooks to endpoint {EndpointId} failed")]
    private partial void LogSendFailed(Exception exception, Guid endpointId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Webhook delivery {DeliveryId} not accepted: {StatusCode} {Error}")]
    private partial void LogAttemptFailed(Guid deliveryId, int? statusCode, string? error);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stopping: the claim on webhook endpoint {EndpointId} could not be given up; it runs out with its lease")]
    private partial void LogReleaseFailed(Exception exception, Guid endpointId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook delivery {DeliveryId}: the endpoint's lease ran out and another sender took it; this attempt is not recorded")]
    private partial void LogLeaseLost(Guid deliveryId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Webhook endpoint {EndpointId} disabled: every attempt failed for Webhooks:DisableAfterFailingFor")]
    private partial void LogEndpointDisabled(Guid endpointId);
}
