namespace CaliFlow.BuildingBlocks.Persistence;

/// <summary>created_at / updated_at, set by <see cref="TimestampsInterceptor"/> on every insert and update.</summary>
public interface IHasTimestamps
{
    DateTimeOffset CreatedAt { get; }

    DateTimeOffset UpdatedAt { get; }
}

/// <summary>Rows are kept (for purge or audit) but hidden from every query by a global filter.</summary>
public interface ISoftDeletable
{
    DateTimeOffset? DeletedAt { get; }
}
