namespace CaliFlow.BuildingBlocks.Hosting;

/// <summary>
/// The pause between two runs of a background loop. A one-shot delay rather than a <see cref="PeriodicTimer"/>: when a fake
/// clock jumps ahead (a test moving a month on), a periodic timer is fired once for every period that elapsed — millions of
/// ticks for a 100 ms interval — while a delay fires once.
/// </summary>
public static class IntervalWait
{
    /// <summary>Waits one interval on <paramref name="time"/>; false when the host is stopping.</summary>
    public static async Task<bool> NextAsync(TimeSpan interval, TimeProvider time, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(interval, time, stoppingToken);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
