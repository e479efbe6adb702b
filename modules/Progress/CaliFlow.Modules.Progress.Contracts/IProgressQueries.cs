namespace CaliFlow.Modules.Progress.Contracts;

/// <summary>Read-only questions other modules may ask Progress.</summary>
public interface IProgressQueries
{
    /// <summary>The user's most recent body-weight reading (latest date, then latest recorded), or null when there is none.</summary>
    Task<BodyWeightReading?> GetLatestBodyWeightAsync(Guid userId, CancellationToken cancellationToken);
}

public sealed record BodyWeightReading(decimal WeightKg, DateOnly RecordedOn);
