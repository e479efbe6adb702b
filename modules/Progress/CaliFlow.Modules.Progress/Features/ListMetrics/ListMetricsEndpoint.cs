using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Progress.Metrics;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Progress.Features.ListMetrics;

internal sealed class ListMetricsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/metrics", async (string? type, DateOnly? from, DateOnly? to, ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new ListMetricsQuery(user.Id, type, from, to), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithTags(ProgressRoutes.MetricsTag)
            .WithSummary("Your readings, oldest first (the latest 500), by type and dates.")
            .WithDescription(
                "Filter by type (body-weight, measurements or wellness; all when absent) and by inclusive dates " +
                "(from, to) between 1900-01-01 and a year after today; anything else answers 400. There is no paging: " +
                "when more than 500 readings match, only the latest 500 come back, so narrow the dates to reach older ones.")
            .RequireAuthorization()
            .AllowAccessToken(TokenScopes.MetricsRead)
            .Produces<IReadOnlyList<MetricResponse>>()
            .ProducesValidationProblem();
}
