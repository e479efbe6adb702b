using System.Net;
using System.Text.Json;
using Shouldly;

namespace CaliFlow.IntegrationTests.Platform;

internal static class PlatformTestHelpers
{
    /// <summary>The fields a 400 validation problem names in its "errors" (field → messages).</summary>
    public static async Task<Dictionary<string, string[]>> FieldErrorsAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, text);
        using var problem = JsonDocument.Parse(text);
        problem.RootElement.GetProperty("status").GetInt32().ShouldBe(400);
        return problem.RootElement.GetProperty("errors").Deserialize<Dictionary<string, string[]>>()!;
    }

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
