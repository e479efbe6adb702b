using CaliFlow.BuildingBlocks;
using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Progress.Domain;
using CaliFlow.Modules.Progress.Persistence;
using CaliFlow.Modules.Progress.Photos;
using CaliFlow.Modules.Users.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CaliFlow.Modules.Progress.Features.UploadPhoto;

internal sealed class UploadPhotoHandler(
    ProgressDbContext db, IPhotoStorage storage, IUsersQueries users, TimeProvider time, IOptions<PhotoOptions> options)
    : ICommandHandler<UploadPhotoCommand, Result<UploadedPhoto>>
{
    public async ValueTask<Result<UploadedPhoto>> Handle(UploadPhotoCommand command, CancellationToken cancellationToken)
    {
        if (command.Id is { } requestedId)
        {
            var existing = await db.Photos.IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(p => p.Id == requestedId, cancellationToken);
            if (existing is not null)
            {
                // A retried upload (the phone lost the answer) gets the stored photo; an id that is not the user's is never revealed.
                return existing.UserId == command.UserId && existing.DeletedAt is null
                    ? new UploadedPhoto(false, PhotoResponse.From(existing))
                    : ProgressErrors.PhotoIdConflict;
            }
        }

        var file = command.File!;
        if (file.Length > PhotoImage.MaxBytes)
        {
            return ProgressErrors.PhotoTooLarge;
        }

        // From here to the commit this user's uploads take turns, so the room seen below is still there when the row is written.
        await db.LockUserPhotosAsync(command.UserId, cancellationToken);
        var quota = options.Value.QuotaBytesPerUser;
        var used = await db.Photos.Where(p => p.UserId == command.UserId).SumAsync(p => p.SizeBytes + p.ThumbnailBytes, cancellationToken);
        if (used >= quota)
        {
            return ProgressErrors.PhotoQuotaExceeded(quota); // full already: not worth a decode
        }

        var content = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(content, cancellationToken);
        }

        var processed = PhotoImage.Process(content, options.Value.MaxPixels);
        if (!processed.IsSuccess)
        {
            return processed.Error!;
        }

        var photo = processed.Value;
        if (used + photo.Image.Length + photo.Thumbnail.Length > quota)
        {
            return ProgressErrors.PhotoQuotaExceeded(quota);
        }

        var id = command.Id ?? Guid.CreateVersion7();
        var takenOn = command.TakenOn ?? LocalClock.Today(time, (await users.GetProfileAsync(command.UserId, cancellationToken))?.TimeZone ?? "UTC");
        var key = $"{command.UserId:N}/{id:N}";
        var entity = ProgressPhoto.Create(
            id, command.UserId, takenOn, command.Pose is null ? PhotoPose.Other : EnumNames<PhotoPose>.Parse(command.Pose), command.Notes,
            photo.ContentType, photo.Width, photo.Height, photo.Image.Length, photo.Thumbnail.Length, $"{key}.{photo.Extension}", $"{key}.thumb.{photo.Extension}");

        await storage.SaveAsync(entity.StorageKey, photo.Image, cancellationToken);
        await storage.SaveAsync(entity.ThumbnailKey, photo.Thumbnail, cancellationToken);
        db.Photos.Add(entity);
        try
        {
            await db.SaveChangesAsync(cancellationToken); // stamps created_at for the response; the commit follows in the pipeline
        }
        catch
        {
            // Nothing refers to the files if the row is not written (e.g. the same id raced in from another request).
            await storage.DeleteAsync(entity.StorageKey, CancellationToken.None);
            await storage.DeleteAsync(entity.ThumbnailKey, CancellationToken.None);
            throw;
        }

        return new UploadedPhoto(true, PhotoResponse.From(entity));
    }
}
