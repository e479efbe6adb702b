using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Progress.Domain;
using Mediator;
using Microsoft.AspNetCore.Http;

namespace CaliFlow.Modules.Progress.Features.UploadPhoto;

/// <param name="Id">Optional client-made UUIDv7; uploading again under the same id answers with the stored photo.</param>
/// <param name="TakenOn">The user's local date of the photo; today in the user's zone when absent.</param>
/// <param name="Pose">front, side, back or other (the default).</param>
internal sealed record UploadPhotoCommand(Guid UserId, Guid? Id, DateOnly? TakenOn, string? Pose, string? Notes, IFormFile? File)
    : ICommand<Result<UploadedPhoto>>;

internal sealed record UploadedPhoto(bool Created, PhotoResponse Photo);

/// <param name="ImageUrl">The photo itself; only you can fetch it, with your token.</param>
internal sealed record PhotoResponse(
    Guid Id,
    DateOnly TakenOn,
    PhotoPose Pose,
    string? Notes,
    string ContentType,
    int Width,
    int Height,
    long SizeBytes,
    string ImageUrl,
    string ThumbnailUrl,
    DateTimeOffset CreatedAt)
{
    public static PhotoResponse From(ProgressPhoto photo) => new(
        photo.Id,
        photo.TakenOn,
        photo.Pose,
        photo.Notes,
        photo.ContentType,
        photo.Width,
        photo.Height,
        photo.SizeBytes,
        $"/photos/{photo.Id}/image",
        $"/photos/{photo.Id}/thumbnail",
        photo.CreatedAt);
}
