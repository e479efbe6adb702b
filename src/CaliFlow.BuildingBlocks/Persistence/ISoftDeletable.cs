namespace CaliFlow.BuildingBlocks.Persistence;

/// <summary>Rows are kept (for purge or audit) but hidden from every query by a global filter.</summary>
public interface ISoftDeletable
{
    DateTimeOffset? DeletedAt { get; }
}
