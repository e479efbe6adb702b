using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Progress.Charts;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Progress.Features.GetExerciseChart;

internal sealed class GetExerciseChartEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/charts/exercises/{exercise:maxlength(80)}.svg", async (string exercise, ICurrentUser user, ISender sender, HttpResponse response, CancellationToken cancellationToken) =>
                (await sender.Send(new GetExerciseChartQuery(user.Id, exercise), cancellationToken)).ToHttpResult(svg => SvgResults.Svg(response, svg)))
            .WithTags(ProgressRoutes.ChartsTag)
            .WithSummary("Your best set per session (reps or hold seconds) on an exercise's progression chain, with your changes of variation marked, as an SVG picture.")
            .WithDescription(
                "The exercise is given by id or slug from the exercise library; one that does not exist answers 404. Each variation of " +
                "the chain that you have logged is its own line, with one point per day (your best set that day); with nothing logged " +
                "the picture says No data yet. Sent as private and no-cache with no ETag: every request returns the full picture.")
            .RequireAuthorization()
            .AllowAccessToken(TokenScopes.LogsRead)
            .Produces<string>(StatusCodes.Status200OK, "image/svg+xml")
            .ProducesProblem(StatusCodes.Status404NotFound);
}
