using Shouldly;

namespace CaliFlow.IntegrationTests.Platform;

internal static class PlatformTestHelpers
{
    /// <summary>Waits for background work (outbox delivery, jobs) to make <paramref name="condition"/> true (10 s by default).</summary>
    public static async Task Eventually(Func<Task<bool>> condition, Action? tick = null, int seconds = 10)
    {
        for (var attempt = 0; attempt < seconds * 20; attempt++)
        {
            if (await condition())
            {
                return;
            }

            tick?.Invoke();
            await Task.Delay(50);
        }

        throw new ShouldAssertException($"The condition was not met within {seconds} s.");
    }
}

public sealed record AuditLogOut(
    long Id, DateTimeOffset OccurredAt, Guid? ActorId, string Action, string SubjectType, string? SubjectId, string Summary,
    string? IpAddress, string? UserAgent);

public sealed record AuditLogPageOut(IReadOnlyList<AuditLogOut> Items, string? NextCursor);
