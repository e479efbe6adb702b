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
                .ToHttpResult(m => TypedResults.Created($"{ApiPrefix.V1}/metrics", m)))
            .WithTags(ProgressRoutes.MetricsTag)
            .WithSummary("Record body weight, body measurements or wellness scores for a day.")
            .WithDescription(
                "Send type (body-weight, measurements or wellness) with only its matching object: bodyWeight needs weightKg, " +
                "measurements at least one circumference in cm, wellness at least one 1-5 score; recordedOn may be at most a " +
                "day after today where you are and not before your date of birth. An optional client-made UUIDv7 id makes " +
                "retries safe: the same reading again answers 201 with the stored one, the same id with other values 409; a " +
                "new body-weight reading triggers a recalculation of your nutrition targets shortly after.")
            .RequireAuthorization()
            .AllowAccessToken(TokenScopes.MetricsWrite)
            .Produces<MetricResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
}
