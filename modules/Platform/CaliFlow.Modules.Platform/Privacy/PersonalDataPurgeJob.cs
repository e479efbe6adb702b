using CaliFlow.BuildingBlocks.Hosting;
using CaliFlow.Modules.Platform.Contracts;
using CaliFlow.Modules.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CaliFlow.Modules.Platform.Privacy;

/// <summary>
/// Purges deleted accounts once their grace period is over: every module's <see cref="IPersonalData.PurgeAsync"/>, then the
/// request is marked done and the purge audited. Due requests are leased with FOR UPDATE SKIP LOCKED (instances share the work);
/// the module purges run outside that claim, each in its own transaction, and are idempotent, so a crash only means a re-run.
/// </summary>
internal sealed partial class PersonalDataPurgeJob(
    IServiceScopeFactory scopes, IOptions<PrivacyOptions> options, TimeProvider time, ILogger<PersonalDataPurgeJob> logger) : BackgroundService
{
    private const int BatchSize = 10;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await BatchLoop.RunAsync(PurgeDueAsync, BatchSize, options.Value.PurgeInterval, time, LogPurgeFailed, stoppingToken);
    }

    /// <summary>Purges one batch of due accounts; returns how many.</summary>
    public async Task<int> PurgeDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var leaseEnd = now + options.Value.PurgeLease;
        List<Guid> due;
        await using (var claimScope = scopes.CreateAsyncScope())
        {
            var db = claimScope.ServiceProvider.GetRequiredService<PlatformDbContext>();
            due = await db.Database.SqlQuery<Guid>($"""
                UPDATE system.purge_requests SET locked_until = {leaseEnd}, attempts = attempts + 1
                WHERE user_id IN (
                    SELECT user_id FROM system.purge_requests
                    WHERE completed_at IS NULL AND due_at <= {now} AND (locked_until IS NULL OR locked_until < {now})
                    ORDER BY due_at LIMIT {BatchSize} FOR UPDATE SKIP LOCKED)
                RETURNING user_id AS "Value"
                """).ToListAsync(cancellationToken);
        }

        foreach (var userId in due)
        {
            await PurgeAsync(userId, cancellationToken);
        }

        return due.Count;
    }

    private async Task PurgeAsync(Guid userId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var sections = new List<string>();
        foreach (var personalData in scope.ServiceProvider.GetServices<IPersonalData>())
        {
            await personalData.PurgeAsync(userId, cancellationToken);
            sections.Add(personalData.Section);
        }

        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var request = await db.PurgeRequests.SingleAsync(r => r.UserId == userId, cancellationToken);
        request.CompletedAt = time.GetUtcNow();
        request.LockedUntil = null;
        scope.ServiceProvider.GetRequiredService<AuditTrail>().Record(
            db, null, AuditActions.AccountPurged, "user", userId.ToString(),
            $"Personal data purged after the grace period: {string.Join(", ", sections)}.");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Purging deleted accounts failed")]
    private partial void LogPurgeFailed(Exception exception);
}
