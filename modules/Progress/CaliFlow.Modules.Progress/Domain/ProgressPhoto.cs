using CaliFlow.BuildingBlocks.Persistence;

namespace CaliFlow.Modules.Progress.Domain;

internal enum PhotoPose
{
    Front,
    Side,
    Back,
    Other,
}

/// <summary>
/// A progress photo's metadata; the picture and its thumbnail live in photo storage under <see cref="StorageKey"/> and
/// <see cref="ThumbnailKey"/>. A deleted photo stays as a row (a tombstone for delta sync) until the purge job removes its files.
/// </summary>
internal sealed class ProgressPhoto : IHasTimestamps, ISoftDeletable
{
    private ProgressPhoto()
    {
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    /// <summary>The user's local date the photo was taken.</summary>
    public DateOnly TakenOn { get; private set; }

    public PhotoPose Pose { get; private set; }

    public string? Notes { get; private set; }

    public string ContentType { get; private set; } = "";

    public int Width { get; private set; }

    public int Height { get; private set; }

    /// <summary>The stored (re-encoded) photo's bytes.</summary>
    public long SizeBytes { get; private set; }

    /// <summary>The thumbnail's bytes; with <see cref="SizeBytes"/>, what the photo counts against the user's quota.</summary>
    public long ThumbnailBytes { get; private set; }

    public string StorageKey { get; private set; } = "";

    public string ThumbnailKey { get; private set; } = "";

    public DateTimeOffset? DeletedAt { get; private set; }

    /// <summary>When the purge job removed the files; the row stays as the tombstone.</summary>
    public DateTimeOffset? PurgedAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static ProgressPhoto Create(
        Guid id, Guid userId, DateOnly takenOn, PhotoPose pose, string? notes, string contentType, int width, int height, long sizeBytes,
        long thumbnailBytes, string storageKey, string thumbnailKey) => new()
    {
        Id = id,
        UserId = userId,
        TakenOn = takenOn,
        Pose = pose,
        Notes = notes,
        ContentType = contentType,
        Width = width,
        Height = height,
        SizeBytes = sizeBytes,
        ThumbnailBytes = thumbnailBytes,
        StorageKey = storageKey,
        ThumbnailKey = thumbnailKey,
    };

    public void Delete(DateTimeOffset now) => DeletedAt ??= now;

    public void MarkPurged(DateTimeOffset now) => PurgedAt = now;
}
