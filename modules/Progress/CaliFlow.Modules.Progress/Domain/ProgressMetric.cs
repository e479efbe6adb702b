using CaliFlow.BuildingBlocks.Persistence;

namespace CaliFlow.Modules.Progress.Domain;

internal enum MetricType
{
    BodyWeight,
    Measurements,
    Wellness,
}

/// <summary>One reading on a day: body weight, body measurements or wellness, its values kept as typed JSONB.</summary>
internal sealed class ProgressMetric : IHasTimestamps
{
    private ProgressMetric()
    {
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public MetricType Type { get; private set; }

    /// <summary>The user's local date of the reading.</summary>
    public DateOnly RecordedOn { get; private set; }

    public MetricData Data { get; private set; } = null!;

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static ProgressMetric Create(Guid id, Guid userId, MetricType type, DateOnly recordedOn, MetricData data) =>
        new() { Id = id, UserId = userId, Type = type, RecordedOn = recordedOn, Data = data };
}

/// <summary>The values of a reading; exactly the part that matches its type is set.</summary>
internal sealed record MetricData(BodyWeight? BodyWeight = null, Measurements? Measurements = null, Wellness? Wellness = null);

internal sealed record BodyWeight(decimal? WeightKg, decimal? BodyFatPercent);

/// <summary>Circumferences in centimetres; any subset.</summary>
internal sealed record Measurements(decimal? WaistCm, decimal? ChestCm, decimal? HipsCm, decimal? ArmCm, decimal? ThighCm, decimal? NeckCm);

/// <summary>Each 1 (worst) to 5 (best); for soreness and stress 5 means none.</summary>
internal sealed record Wellness(int? Sleep, int? Energy, int? Soreness, int? Stress);
