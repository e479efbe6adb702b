using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Progress.Photos;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Progress.Features.GetPhoto;

internal sealed class GetPhotoEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/photos/{id:guid}", async (Guid id, ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetPhotoQuery(user.Id, id), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithTags(ProgressRoutes.PhotosTag)
            .WithSummary("One of your photos' metadata.")
            .WithDescription(
                "Gives the date taken, pose, notes, format, size in pixels and bytes, and the imageUrl and thumbnailUrl " +
                "to fetch the picture with your access token. Another user's photo, or a deleted one, answers 404.")
            .RequireAuthorization()
            .Produces<PhotoResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
