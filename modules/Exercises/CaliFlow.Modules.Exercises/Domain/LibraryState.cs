namespace CaliFlow.Modules.Exercises.Domain;

/// <summary>
/// The library's revision, one row. Every change to the library bumps it in the same transaction, which also makes writers
/// queue on the row lock; readers key cached snapshots by it, so a cached snapshot can never be older than its key says.
/// </summary>
internal sealed class LibraryState
{
    public const int SingletonId = 1;

    public int Id { get; private set; } = SingletonId;

    public long Revision { get; private set; }
}
