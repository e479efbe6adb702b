using CaliFlow.BuildingBlocks.Hosting;
using CaliFlow.Modules.Users.Domain;
using CaliFlow.Modules.Users.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CaliFlow.Modules.Users.Auth;

/// <summary>
/// Forgets sign-in failures a day old that hold nothing back any more, hourly. Every instance runs it; a delete is harmless
/// twice. Rows exist for any address someone typed, so without this the table would grow with every guess.
/// </summary>
internal sealed partial class SignInThrottleCleanup(IServiceScopeFactory scopes, TimeProvider time, ILogger<SignInThrottleCleanup> logger)
    : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        do
        {
            try
            {
                await ForgetOldAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogCleanupFailed(ex);
            }
        }
        while (await IntervalWait.NextAsync(Interval, time, stoppingToken));
    }

    public async Task<int> ForgetOldAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<UsersDbContext>();
        var now = time.GetUtcNow();
        var forgotten = now - SignInThrottle.Memory;
        return await db.SignInThrottles
            .Where(t => t.LastFailedAt < forgotten && (t.BlockedUntil == null || t.BlockedUntil < now))
            .ExecuteDeleteAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Forgetting old sign-in failures failed")]
    private partial void LogCleanupFailed(Exception exception);
}
