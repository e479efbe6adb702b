using CaliFlow.BuildingBlocks.Application;
using CaliFlow.BuildingBlocks.Messaging;
using CaliFlow.Modules.Progress.Contracts;
using CaliFlow.Modules.Progress.Domain;
using CaliFlow.Modules.Progress.Metrics;
using CaliFlow.Modules.Progress.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Progress.Features.RecordMetric;

internal sealed class RecordMetricHandler(ProgressDbContext db) : ICommandHandler<RecordMetricCommand, Result<MetricResponse>>
{
    public async ValueTask<Result<MetricResponse>> Handle(RecordMetricCommand command, CancellationToken cancellationToken)
    {
        var data = new MetricData(command.BodyWeight, command.Measurements, command.Wellness);
        if (command.Id is { } id && await db.Metrics.SingleOrDefaultAsync(m => m.Id == id, cancellationToken) is { } existing)
        {
            // A retried upload of the same reading is answered with it; anything else under that id is a conflict.
            return existing.UserId == command.UserId && existing.Type == command.Type && existing.RecordedOn == command.RecordedOn &&
                   existing.Data == data
                ? MetricResponse.From(existing)
                : Error.Conflict("metric_id_conflict", "A different reading already has this id.");
        }

        var metric = ProgressMetric.Create(command.Id ?? Guid.CreateVersion7(), command.UserId, command.Type!.Value, command.RecordedOn!.Value, data);
        db.Metrics.Add(metric);
        if (data.BodyWeight?.WeightKg is { } weightKg)
        {
            db.Publish(new BodyWeightRecordedIntegrationEvent(command.UserId, weightKg, metric.RecordedOn));
        }

        await db.SaveChangesAsync(cancellationToken); // stamps CreatedAt for the response
        return MetricResponse.From(metric);
    }
}
