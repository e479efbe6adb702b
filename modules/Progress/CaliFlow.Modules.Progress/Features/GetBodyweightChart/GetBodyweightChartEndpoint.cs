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
            .RequireAuthorization()
            .Produces<string>(StatusCodes.Status200OK, "image/svg+xml")
            .ProducesValidationProblem();
}
