namespace CaliFlow.BuildingBlocks.Persistence;

/// <summary>created_at / updated_at, set by <see cref="TimestampsInterceptor"/> on every insert and update.</summary>
public interface IHasTimestamps
{
    DateTimeOffset CreatedAt { get; }

    DateTimeOffset UpdatedAt { get; }
}
