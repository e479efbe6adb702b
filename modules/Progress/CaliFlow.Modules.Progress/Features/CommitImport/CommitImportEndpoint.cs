using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Progress.Imports;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Progress.Features.CommitImport;

internal sealed class CommitImportEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/imports/{id:guid}/commit", async (Guid id, CommitImportCommand command, ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(command with { UserId = user.Id, ImportId = id }, cancellationToken))
                    .ToHttpResult(import => TypedResults.Accepted($"{ApiPrefix.V1}/imports/{import.Id}", import)))
            .WithTags(ProgressRoutes.ImportsTag)
            .WithSummary("Import the workouts a dry run found, with your choices for the exercise names; they are written in the background.")
            .WithDescription(
                "Every name the dry run left unmatched needs a choice: {\"name\": …, \"exercise\": id or slug} to write its sets as that " +
                "exercise, or {\"name\": …, \"skip\": true} to leave them out. Matched names are written as their match unless a choice " +
                "says otherwise. Answers 202; GET /imports/{id} shows the progress until the status is completed. Workouts already " +
                "imported are skipped, so importing a file again creates nothing new. Imported workouts count for stats, records, " +
                "streaks and achievements like any other, without a notification each: one workouts.imported event tells of them. A " +
                "second commit answers 409; another user's import 404.")
            .RequireAuthorization()
            .Produces<ImportResponse>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
