using CaliFlow.BuildingBlocks.Application;
using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Progress.Photos;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Progress.Features.UploadPhoto;

internal sealed class UploadPhotoEndpoint : ICarterModule
{
    /// <summary>Room for the form's other fields and boundaries around a photo of the maximum size.</summary>
    private const long MaxBodyBytes = PhotoImage.MaxBytes + (64 * 1024);

    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/photos", async (
                IFormFile? file,
                [FromForm] Guid? id,
                [FromForm] DateOnly? takenOn,
                [FromForm] string? pose,
                [FromForm] string? notes,
                ICurrentUser user,
                ISender sender,
                PhotoUploadSlots slots,
                CancellationToken cancellationToken) =>
            {
                // The slot is taken here, before the command's transaction opens, so an upload waiting for one holds no connection.
                using var slot = await slots.TryEnterAsync(cancellationToken);
                if (slot is null)
                {
                    return (Error.Unavailable("photo_uploads_busy", "Too many photos are being processed right now; try again in a few seconds.")
                        with { RetryAfter = TimeSpan.FromSeconds(slots.RetryAfterSeconds) }).ToProblem();
                }

                return (await sender.Send(new UploadPhotoCommand(user.Id, id, takenOn, pose, notes, file), cancellationToken))
                    .ToHttpResult(uploaded => uploaded.Created
                        ? TypedResults.Created($"{ApiPrefix.V1}/photos/{uploaded.Photo.Id}", uploaded.Photo)
                        : TypedResults.Ok(uploaded.Photo));
            })
            .WithTags(ProgressRoutes.PhotosTag)
            .WithSummary("Upload a progress photo (multipart, field 'file': JPEG, PNG or WebP up to 10 MB and 50 megapixels); its metadata (EXIF, GPS) is removed. 413 photo_quota_exceeded when your photos are full.")
            .WithDescription(
                "Optional form fields: id (a client-made UUIDv7; uploading again under the same id answers 200 with the stored photo, an " +
                "id already used by another or a deleted photo 409), takenOn (today where you are when absent), pose (front, side, back or " +
                "other, the default) and notes (up to 500 characters). The type is checked by decoding the file, not by its name or " +
                "declared type, and the stored photo is turned upright and scaled to at most 4096 px on its longer side. Uploads are " +
                "rate-limited per user (429 with Retry-After), and 503 with Retry-After means too many photos are being processed at once.")
            .RequireAuthorization()
            .RequireRateLimiting(RateLimitPolicies.PhotoUpload)
            // Bearer tokens, not cookies, authenticate this API, so a cross-site form cannot post as the user.
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes))
            .WithFormOptions(multipartBodyLengthLimit: MaxBodyBytes)
            .Accepts<IFormFile>("multipart/form-data")
            .Produces<PhotoResponse>(StatusCodes.Status201Created)
            .Produces<PhotoResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
}
