using CaliFlow.BuildingBlocks.Web;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Progress.Features.ExportWorkoutsCsv;

internal sealed class ExportWorkoutsCsvEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/exports/workouts.csv", async (ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
            {
                var export = await sender.Send(new ExportWorkoutsCsvQuery(user.Id), cancellationToken);
                return TypedResults.Stream(stream => export.WriteAsync(stream, cancellationToken), "text/csv; charset=utf-8", "califlow-workouts.csv");
            })
            .WithTags(ProgressRoutes.ImportsTag)
            .WithSummary("Every workout you logged as CSV, one row per set: the CaliFlow CSV that POST /imports reads back.")
            .WithDescription(
                "Columns: workout_id, performed_on, duration_minutes, feeling, body_weight_kg, workout_notes, exercise_order, exercise " +
                "(the library slug), exercise_name, set, reps, hold_seconds, rpe, added_weight_kg, assistance_kg. Oldest first. Text a " +
                "spreadsheet would run as a formula starts with an apostrophe, which an import takes off. The whole account's data, " +
                "photos and all, is GET /me/export.")
            .RequireAuthorization()
            .AllowAccessToken(TokenScopes.LogsRead)
            .RequireRateLimiting(RateLimitPolicies.DataExport)
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");
}
