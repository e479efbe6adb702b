namespace CaliFlow.BuildingBlocks.Hosting;

/// <summary>
/// The loop of a background job that claims work in batches: run batches until one comes back short of a full batch, then wait
/// an interval (<see cref="IntervalWait"/>). A failed batch is reported and tried again after the wait; stopping the host ends it.
/// </summary>
public static class BatchLoop
{
    /// <param name="runBatch">Does one batch and returns how many items it handled.</param>
    public static async Task RunAsync(
        Func<CancellationToken, Task<int>> runBatch,
        int batchSize,
        TimeSpan interval,
        TimeProvider time,
        Action<Exception> reportFailure,
        CancellationToken stoppingToken)
    {
        do
        {
            try
            {
                while (await runBatch(stoppingToken) == batchSize)
                {
                }
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                reportFailure(ex);
            }
        }
        while (await IntervalWait.NextAsync(interval, time, stoppingToken));
    }
}
