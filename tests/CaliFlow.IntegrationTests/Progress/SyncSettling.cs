using CaliFlow.IntegrationTests.Infrastructure;
using CaliFlow.Modules.Progress.Features.GetSyncChanges;
using Microsoft.Extensions.Time.Testing;

namespace CaliFlow.IntegrationTests.Progress;

/// <summary>
/// Delta sync hands out rows whose updated_at is older than its settling window on the API's clock, but updated_at is stamped
/// by the database's clock, which a test cannot move. So a test's clock starts at the real time, before every stamp to come,
/// and is moved past the database's clock by the window when everything written so far should have settled.
/// </summary>
internal static class SyncSettling
{
    public static async Task LetEverythingSettleAsync(this FakeTimeProvider clock, CaliFlowApp app)
    {
        var databaseNow = new DateTimeOffset(await app.ScalarAsync<DateTime>("SELECT clock_timestamp()"), TimeSpan.Zero);
        var settled = databaseNow + GetSyncChangesHandler.SettlingWindow + TimeSpan.FromSeconds(1);
        if (settled > clock.GetUtcNow()) // a fake clock never goes back
        {
            clock.SetUtcNow(settled);
        }
    }
}
