using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Progress.Activities;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Progress.Features.ListActivities;

internal sealed class ListActivitiesEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/activities", async (DateOnly? from, DateOnly? to, ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new ListActivitiesQuery(user.Id, from, to), cancellationToken)))
            .WithTags(ProgressRoutes.HealthPlatformsTag)
            .WithSummary("The sessions other apps recorded for you, newest first (the latest 500), by local dates.")
            .WithDescription(
                "Filter by inclusive local dates (from, to) between 1900-01-01 and a year after today; anything else answers 400. " +
                "matchedWorkoutLogId names the workout log of the same session where there is one. When more than 500 match, " +
                "only the latest 500 come back: narrow the dates to reach older ones.")
            .RequireAuthorization()
            .AllowAccessToken(TokenScopes.LogsRead)
            .Produces<IReadOnlyList<ActivityResponse>>()
            .ProducesValidationProblem();
}
