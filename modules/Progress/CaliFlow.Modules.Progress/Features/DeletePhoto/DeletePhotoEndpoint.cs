using CaliFlow.BuildingBlocks.Web;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Progress.Features.DeletePhoto;

internal sealed class DeletePhotoEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapDelete("/photos/{id:guid}", async (Guid id, ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new DeletePhotoCommand(user.Id, id), cancellationToken)).ToHttpResult(_ => TypedResults.NoContent()))
            .WithTags(ProgressRoutes.PhotosTag)
            .WithSummary("Delete one of your photos; its files are removed by the purge job.")
            .WithDescription(
                "The photo leaves your lists at once, its metadata and image URLs answer 404, and it no longer counts " +
                "towards your photo quota; other devices learn of it from GET /sync/changes (deletedPhotos). Another " +
                "user's photo, or one already deleted, answers 404, and its id cannot be used for a new upload (409).")
            .RequireAuthorization()
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
