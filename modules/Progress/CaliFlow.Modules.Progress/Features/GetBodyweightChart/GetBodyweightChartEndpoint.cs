using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Progress.Charts;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Progress.Features.GetBodyweightChart;

internal sealed class GetBodyweightChartEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/charts/bodyweight.svg", async (DateOnly? from, DateOnly? to, ICurrentUser user, ISender sender, HttpResponse response, CancellationToken cancellationToken) =>
                SvgResults.Svg(response, await sender.Send(new GetBodyweightChartQuery(user.Id, from, to), cancellationToken)))
            .WithTags(ProgressRoutes.ChartsTag)
            .WithSummary("Your body weight over time (kg), as an SVG picture; the last year unless dates are given (at most 5 years, from 1900-01-01).")
            .WithDescription(
                "Dates (from, to) are inclusive and local: without to the chart ends today in your time zone, and to before " +
                "from answers 400. On a day with several readings the last one recorded is drawn; with none in range the " +
                "picture says No data yet. Sent as private and no-cache with no ETag: every request returns the full picture.")
            .RequireAuthorization()
            .AllowAccessToken(TokenScopes.MetricsRead)
            .Produces<string>(StatusCodes.Status200OK, "image/svg+xml")
            .ProducesValidationProblem();
}
