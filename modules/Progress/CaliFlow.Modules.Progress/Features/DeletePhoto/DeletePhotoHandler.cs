using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Progress.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Progress.Features.DeletePhoto;

internal sealed class DeletePhotoHandler(ProgressDbContext db, TimeProvider time) : ICommandHandler<DeletePhotoCommand, Result<Unit>>
{
    public async ValueTask<Result<Unit>> Handle(DeletePhotoCommand command, CancellationToken cancellationToken)
    {
        var photo = await db.Photos.SingleOrDefaultAsync(p => p.Id == command.PhotoId && p.UserId == command.UserId, cancellationToken);
        if (photo is null)
        {
            return ProgressErrors.PhotoNotFound;
        }

        photo.Delete(time.GetUtcNow());
        return Unit.Value;
    }
}
