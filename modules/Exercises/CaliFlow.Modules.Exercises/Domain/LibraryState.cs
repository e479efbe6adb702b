namespace CaliFlow.Modules.Exercises.Domain;

/// <summary>
/// The library's revision, one row. Every change to the library replaces it in the same transaction, which also makes writers
/// queue on the row lock; readers key cached snapshots by it, so a cached snapshot can never be older than its key says.
/// A random id rather than a counter: a database that is recreated or restored must not meet its old snapshots in Redis.
/// </summary>
internal sealed class LibraryState
{
    public const int SingletonId = 1;

    public int Id { get; private set; } = SingletonId;

    public Guid Revision { get; private set; }
}
