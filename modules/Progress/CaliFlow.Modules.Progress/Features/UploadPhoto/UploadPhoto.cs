using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Progress.Photos;
using Mediator;
using Microsoft.AspNetCore.Http;

namespace CaliFlow.Modules.Progress.Features.UploadPhoto;

/// <param name="Id">Optional client-made UUIDv7; uploading again under the same id answers with the stored photo.</param>
/// <param name="TakenOn">The user's local date of the photo; today in the user's zone when absent.</param>
/// <param name="Pose">front, side, back or other (the default).</param>
internal sealed record UploadPhotoCommand(Guid UserId, Guid? Id, DateOnly? TakenOn, string? Pose, string? Notes, IFormFile? File)
    : ICommand<Result<UploadedPhoto>>;

internal sealed record UploadedPhoto(bool Created, PhotoResponse Photo);
