using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Progress.Charts;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Progress.Features.GetWeeklyVolumeChart;

internal sealed class GetWeeklyVolumeChartEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/charts/weekly-volume.svg", async (string? measure, ICurrentUser user, ISender sender, HttpResponse response, CancellationToken cancellationToken) =>
                SvgResults.Svg(response, await sender.Send(new GetWeeklyVolumeChartQuery(user.Id, measure), cancellationToken)))
            .WithTags(ProgressRoutes.ChartsTag)
            .WithSummary("Your last 12 weeks of volume (kg) or sets per movement pattern, as an SVG picture.")
            .WithDescription(
                "The measure is volume (the default; effective load times reps, or seconds for holds) or sets; anything else answers " +
                "400. The figures are those of GET /stats (weeks start on Monday in your time zone), and only patterns with something " +
                "in the 12 weeks are drawn. Sent as private and no-cache with no ETag: every request returns the full picture.")
            .RequireAuthorization()
            .AllowAccessToken(TokenScopes.LogsRead)
            .Produces<string>(StatusCodes.Status200OK, "image/svg+xml")
            .ProducesValidationProblem();
}
