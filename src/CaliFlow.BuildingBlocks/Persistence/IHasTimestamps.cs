namespace CaliFlow.BuildingBlocks.Persistence;

/// <summary>
/// created_at / updated_at, kept by the database: a trigger on the table sets both on insert and moves updated_at on every
/// update (<see cref="TimestampTriggers"/>). EF never writes them and reads them back after each save.
/// </summary>
public interface IHasTimestamps
{
    DateTimeOffset CreatedAt { get; }

    DateTimeOffset UpdatedAt { get; }
}
