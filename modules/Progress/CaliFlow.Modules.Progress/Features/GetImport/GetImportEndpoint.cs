using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Progress.Imports;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Progress.Features.GetImport;

internal sealed class GetImportEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/imports/{id:guid}", async (Guid id, ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetImportQuery(user.Id, id), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithTags(ProgressRoutes.ImportsTag)
            .WithSummary("One of your imports: the dry run's findings and, once committed, its progress (previewed, committing, completed).")
            .WithDescription("progress.processed counts the workouts gone through; progress.created those written as new logs. Another user's import answers 404.")
            .RequireAuthorization()
            .Produces<ImportResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
