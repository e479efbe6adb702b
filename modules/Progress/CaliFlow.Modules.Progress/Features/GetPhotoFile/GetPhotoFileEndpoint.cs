using CaliFlow.BuildingBlocks.Web;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace CaliFlow.Modules.Progress.Features.GetPhotoFile;

internal sealed class GetPhotoFileEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/photos/{id:guid}/image", (Guid id, ICurrentUser user, ISender sender, HttpContext http, CancellationToken cancellationToken) =>
                SendAsync(new GetPhotoFileQuery(user.Id, id, Thumbnail: false), sender, http, cancellationToken))
            .WithName("progress_getPhotoImage") // two routes in one slice: each names its own operation
            .WithTags(ProgressRoutes.PhotosTag)
            .WithSummary("One of your photos, as stored (without metadata).")
            .WithDescription(
                "The picture after upload processing: upright, at most 4096 px on its longer side, in the " +
                "format it was uploaded in. It carries a strong ETag and may be kept in a private cache for a " +
                "day (If-None-Match with it answers 304); another user's photo, or a deleted one, answers 404.")
            .RequireAuthorization()
            .Produces<Stream>(StatusCodes.Status200OK, "image/jpeg", "image/png", "image/webp")
            .ProducesProblem(StatusCodes.Status404NotFound);

        app.MapGet("/photos/{id:guid}/thumbnail", (Guid id, ICurrentUser user, ISender sender, HttpContext http, CancellationToken cancellationToken) =>
                SendAsync(new GetPhotoFileQuery(user.Id, id, Thumbnail: true), sender, http, cancellationToken))
            .WithName("progress_getPhotoThumbnail")
            .WithTags(ProgressRoutes.PhotosTag)
            .WithSummary("A small version of one of your photos (320 px on the longer side).")
            .WithDescription(
                "It comes in the same format as the photo, with a strong ETag, and may be kept in a private cache " +
                "for a day (If-None-Match with it answers 304). Another user's photo, or a deleted one, answers 404.")
            .RequireAuthorization()
            .Produces<Stream>(StatusCodes.Status200OK, "image/jpeg", "image/png", "image/webp")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> SendAsync(GetPhotoFileQuery query, ISender sender, HttpContext http, CancellationToken cancellationToken) =>
        (await sender.Send(query, cancellationToken)).ToHttpResult(file =>
        {
            // Private: a shared cache must never hand one user's photo to another.
            http.Response.Headers.CacheControl = "private, max-age=86400";
            http.Response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
            return TypedResults.Stream(file.Content, file.ContentType, entityTag: new EntityTagHeaderValue(file.ETag));
        });
}
