namespace CaliFlow.Modules.Progress.Photos;

/// <summary>
/// Where photo files live. The embedded default is a folder on disk (<see cref="LocalDiskPhotoStorage"/>); several API instances
/// must point it at shared storage, or an S3-compatible adapter can take its place behind this interface.
/// </summary>
internal interface IPhotoStorage
{
    Task SaveAsync(string key, ReadOnlyMemory<byte> content, CancellationToken cancellationToken);

    /// <summary>The file, or null when there is none under the key.</summary>
    Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken);

    /// <summary>Removes the file; a key with no file is already done.</summary>
    Task DeleteAsync(string key, CancellationToken cancellationToken);
}

internal sealed class PhotoOptions
{
    /// <summary>The folder of <see cref="LocalDiskPhotoStorage"/>; relative paths are from the working directory.</summary>
    public string Folder { get; set; } = "data/photos";

    /// <summary>How long a deleted photo's files are kept before the purge job removes them.</summary>
    public TimeSpan PurgeAfter { get; set; } = TimeSpan.Zero;

    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The most pixels an upload's header may claim; see <see cref="PhotoImage.DefaultMaxPixels"/>.</summary>
    public long MaxPixels { get; set; } = PhotoImage.DefaultMaxPixels;

    /// <summary>
    /// Uploads processed at once by this instance. Each may hold two stored-photo-sized bitmaps (up to 128 MiB) and a core for a
    /// second or so; two keep an instance's photo work within ~300 MB and leave the other cores to everything else.
    /// </summary>
    public int MaxConcurrentUploads { get; set; } = 2;

    /// <summary>How long an upload waits for a free slot before it is answered 503 with Retry-After.</summary>
    public TimeSpan UploadSlotWait { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// Stored bytes (re-encoded photo plus thumbnail) a user's photos may take up, deleted ones not counted. A stored photo is about
    /// 0.5-2 MB, so 500 MB holds several hundred: years of weekly photos from every side.
    /// </summary>
    public long QuotaBytesPerUser { get; set; } = 500L * 1024 * 1024;
}
