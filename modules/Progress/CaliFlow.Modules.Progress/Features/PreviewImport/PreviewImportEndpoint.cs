using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Progress.Imports;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Progress.Features.PreviewImport;

internal sealed class PreviewImportEndpoint : ICarterModule
{
    /// <summary>Room for the form's other fields and boundaries around a file of the maximum size.</summary>
    private const long MaxBodyBytes = HistoryFileReader.MaxBytes + (64 * 1024);

    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/imports", async (IFormFile? file, [FromForm] string? weightUnit, ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new PreviewImportCommand(user.Id, file, weightUnit), cancellationToken))
                    .ToHttpResult(import => TypedResults.Created($"{ApiPrefix.V1}/imports/{import.Id}", import)))
            .WithTags(ProgressRoutes.ImportsTag)
            .WithSummary("Read a workout history exported from Strong, Hevy or FitNotes, or CaliFlow's own CSV, and answer what importing it would create (a dry run: nothing is logged).")
            .WithDescription(
                "Multipart, field 'file' (up to 10 MB and 100,000 rows), and for a Strong file 'weightUnit' (kg, the default, or lb: " +
                "Strong's export does not say; Hevy and FitNotes name theirs in the header). The format is told by the header. The answer " +
                "lists the workouts found, those an earlier import already brought (skipped), each exercise name with its match " +
                "(exact, fuzzy with a confidence, or unmatched with suggestions from the library) and the rows left out with the " +
                "reason (warm-up sets, rest timers, distance-only sets). A file that cannot be read answers 400 with the line and " +
                "the column. Commit with POST /imports/{id}/commit.")
            .RequireAuthorization()
            .RequireRateLimiting(RateLimitPolicies.Imports)
            // Bearer tokens, not cookies, authenticate this API, so a cross-site form cannot post as the user.
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes))
            .WithFormOptions(multipartBodyLengthLimit: MaxBodyBytes)
            .Accepts<IFormFile>("multipart/form-data")
            .Produces<ImportResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
}
