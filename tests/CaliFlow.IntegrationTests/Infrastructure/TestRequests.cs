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
}
