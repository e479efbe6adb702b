using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Progress.Stats;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Progress.Features.GetStats;

internal sealed class GetStatsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/stats", async (ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetStatsQuery(user.Id), cancellationToken)).Ok())
            .WithTags(ProgressRoutes.LogsTag)
            .WithSummary("Totals, streaks, weekly volume per pattern for 12 weeks, and personal records.")
            .WithDescription(
                "Up to date as soon as a workout is logged, edited or deleted. The current streak counts consecutive training " +
                "days up to today or yesterday, and weeks start on Monday, both in your profile's time zone; volume is effective " +
                "load times reps (or seconds for holds) in kg, and logs without a known body weight add sets but no volume.")
            .RequireAuthorization()
            .AllowAccessToken(TokenScopes.LogsRead)
            .Produces<StatsResponse>();
}
