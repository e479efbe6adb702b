using Microsoft.Extensions.Options;

namespace CaliFlow.Modules.Progress.Photos;

/// <summary>
/// At most <see cref="PhotoOptions.MaxConcurrentUploads"/> photo uploads are processed at once in this instance. Decoding is bounded
/// per photo (<see cref="PhotoImage"/>), but not across photos: fifty uploads arriving together would each hold their bitmaps and a
/// core, and the instance would run out of memory or starve every other request. Past the limit an upload waits a little for a slot
/// and is then turned away (503 with Retry-After) rather than queued without end. The rate per user is the host's business.
/// </summary>
internal sealed class PhotoUploadSlots(IOptions<PhotoOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(Math.Max(1, options.Value.MaxConcurrentUploads));

    /// <summary>Seconds a turned-away client should wait before trying again.</summary>
    public int RetryAfterSeconds { get; } = Math.Max(1, (int)Math.Ceiling(options.Value.UploadSlotWait.TotalSeconds));

    /// <summary>A slot, held until the lease is disposed; null when none came free within the wait.</summary>
    public async Task<IDisposable?> TryEnterAsync(CancellationToken cancellationToken) =>
        await _slots.WaitAsync(options.Value.UploadSlotWait, cancellationToken) ? new Lease(_slots) : null;

    public void Dispose() => _slots.Dispose();

    private sealed class Lease(SemaphoreSlim slots) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                slots.Release();
            }
        }
    }
}
