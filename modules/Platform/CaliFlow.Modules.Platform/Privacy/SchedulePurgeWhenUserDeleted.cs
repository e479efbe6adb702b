using CaliFlow.BuildingBlocks.Messaging;
using CaliFlow.Modules.Platform.Persistence;
using CaliFlow.Modules.Users.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CaliFlow.Modules.Platform.Privacy;

/// <summary>A deleted account is purged after the grace period; one request per user, whatever arrives twice.</summary>
internal sealed class SchedulePurgeWhenUserDeleted(PlatformDbContext db, IOptions<PrivacyOptions> options, TimeProvider time)
    : IIntegrationEventHandler<UserDeletedIntegrationEvent>
{
    public async Task HandleAsync(UserDeletedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var due = now + options.Value.PurgeGracePeriod;
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO system.purge_requests (user_id, requested_at, due_at, attempts)
            VALUES ({integrationEvent.UserId}, {now}, {due}, 0) ON CONFLICT DO NOTHING
            """, cancellationToken);
    }
}
