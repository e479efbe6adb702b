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
            .RequireAuthorization()
            .Produces<IReadOnlyList<MetricResponse>>()
            .ProducesValidationProblem();
}
