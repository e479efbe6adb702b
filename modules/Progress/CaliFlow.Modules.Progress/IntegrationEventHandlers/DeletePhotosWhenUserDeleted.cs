using CaliFlow.BuildingBlocks.Messaging;
using CaliFlow.Modules.Progress.Persistence;
using CaliFlow.Modules.Users.Contracts;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Progress.IntegrationEventHandlers;

/// <summary>Photos are the most personal data kept: a deleted account's go to the purge job straight away.</summary>
internal sealed class DeletePhotosWhenUserDeleted(ProgressDbContext db, TimeProvider time) : IIntegrationEventHandler<UserDeletedIntegrationEvent>
{
    public async Task HandleAsync(UserDeletedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var photos = await db.Photos.Where(p => p.UserId == integrationEvent.UserId).ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        foreach (var photo in photos)
        {
            photo.Delete(now);
        }
    }
}
