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
            .WithDescription(
                "Dates (from, to) filter on the date taken, inclusive, from 1900-01-01 to a year after today; deleted photos " +
                "are left out. There is no paging: when more than 500 photos match, only the newest 500 come back, so move to " +
                "earlier to reach older ones. Each imageUrl and thumbnailUrl needs your access token like any other request.")
            .RequireAuthorization()
            .Produces<IReadOnlyList<PhotoResponse>>()
            .ProducesValidationProblem();
}
