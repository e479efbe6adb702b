using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Progress.Domain;

namespace CaliFlow.Modules.Progress.Photos;

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
        $"{ApiPrefix.V1}/photos/{photo.Id}/image",
        $"{ApiPrefix.V1}/photos/{photo.Id}/thumbnail",
        photo.CreatedAt);
}
