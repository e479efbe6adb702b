using Shouldly;

namespace CaliFlow.IntegrationTests.SystemModule;

internal static class SystemTestHelpers
{
    /// <summary>Waits for background work (outbox delivery, jobs) to make <paramref name="condition"/> true.</summary>
    public static async Task Eventually(Func<Task<bool>> condition, Action? tick = null)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            if (await condition())
            {
                return;
            }

            tick?.Invoke();
            await Task.Delay(50);
        }

        throw new ShouldAssertException("The condition was not met within 10 s.");
    }
}

public sealed record AuditLogOut(
    long Id, DateTimeOffset OccurredAt, Guid? ActorId, string Action, string SubjectType, string? SubjectId, string Summary,
    string? IpAddress, string? UserAgent);

public sealed record AuditLogPageOut(IReadOnlyList<AuditLogOut> Items, string? NextCursor);
