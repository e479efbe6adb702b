using System.Net.Http.Json;

namespace CaliFlow.IntegrationTests.Infrastructure;

public static class TestRequests
{
    /// <summary>DELETE /me, which asks for the password again in its body (the user's own unless another is given).</summary>
    public static async Task<HttpResponseMessage> DeleteAccountAsync(
        this TestUser user, CancellationToken cancellationToken, string? currentPassword = null, HttpClient? client = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Delete, "/v1/me")
        {
            Content = JsonContent.Create(new { currentPassword = currentPassword ?? user.Password }),
        };
        return await (client ?? user.Client).SendAsync(request, cancellationToken);
    }

    /// <summary>
    /// The smallest valid workout log (a set of ten push-ups), for tests about what happens to a log rather than what it holds;
    /// a new client-made id and today (UTC) unless given.
    /// </summary>
    public static object PushUpLog(Guid? id = null, DateOnly? on = null, Guid? sessionId = null) => new
    {
        id = id ?? Guid.CreateVersion7(),
        sessionId,
        performedOn = on ?? DateOnly.FromDateTime(DateTime.UtcNow),
        exercises = new[] { new { exercise = "push-up", sets = new[] { new { reps = 10 } } } },
    };
}
