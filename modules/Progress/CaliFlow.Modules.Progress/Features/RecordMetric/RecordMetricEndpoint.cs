using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Progress.Metrics;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Progress.Features.RecordMetric;

internal sealed class RecordMetricEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/metrics", async (RecordMetricCommand command, ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(command with { UserId = user.Id }, cancellationToken))
                .ToHttpResult(m => TypedResults.Created("/metrics", m)))
            .WithTags(ProgressRoutes.MetricsTag)
            .WithSummary("Record body weight, body measurements or wellness scores for a day.")
            .RequireAuthorization()
            .Produces<MetricResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
}
