namespace CaliFlow.Modules.Platform.Privacy;

/// <summary>
/// A deleted account waiting for its purge (durable: it survives restarts). The job leases a due row, asks every module to purge,
/// then marks it done; every module's purge is idempotent, so a lease that runs out half-way only means running it again.
/// </summary>
internal sealed class PurgeRequest
{
    public Guid UserId { get; set; }

    public DateTimeOffset RequestedAt { get; set; }

    public DateTimeOffset DueAt { get; set; }

    public DateTimeOffset? LockedUntil { get; set; }

    public int Attempts { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }
}
