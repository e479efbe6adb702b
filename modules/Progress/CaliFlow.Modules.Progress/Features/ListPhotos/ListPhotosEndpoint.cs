using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Progress.Photos;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Progress.Features.ListPhotos;

internal sealed class ListPhotosEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/photos", async (DateOnly? from, DateOnly? to, ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new ListPhotosQuery(user.Id, from, to), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithTags(ProgressRoutes.PhotosTag)
            .WithSummary("Your progress photos' metadata, newest first (up to 500), by dates.")
            .RequireAuthorization()
            .Produces<IReadOnlyList<PhotoResponse>>()
            .ProducesValidationProblem();
}
