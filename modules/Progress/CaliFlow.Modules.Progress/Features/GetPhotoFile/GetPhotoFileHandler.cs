using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Progress.Persistence;
using CaliFlow.Modules.Progress.Photos;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Progress.Features.GetPhotoFile;

internal sealed class GetPhotoFileHandler(ProgressDbContext db, IPhotoStorage storage) : IQueryHandler<GetPhotoFileQuery, Result<PhotoFile>>
{
    public async ValueTask<Result<PhotoFile>> Handle(GetPhotoFileQuery query, CancellationToken cancellationToken)
    {
        var photo = await db.Photos.AsNoTracking()
            .Where(p => p.Id == query.PhotoId && p.UserId == query.UserId)
            .Select(p => new { p.ContentType, p.StorageKey, p.ThumbnailKey })
            .SingleOrDefaultAsync(cancellationToken);
        if (photo is null)
        {
            return ProgressErrors.PhotoNotFound;
        }

        var content = await storage.OpenReadAsync(query.Thumbnail ? photo.ThumbnailKey : photo.StorageKey, cancellationToken);
        // A photo's files never change under its id, so the id (and which file) is a strong validator.
        return content is null
            ? ProgressErrors.PhotoNotFound
            : new PhotoFile(content, photo.ContentType, $"\"{query.PhotoId:N}{(query.Thumbnail ? "-thumb" : "")}\"");
    }
}
