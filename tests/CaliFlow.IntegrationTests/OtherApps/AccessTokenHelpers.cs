using System.Net;
using System.Net.Http.Json;
using CaliFlow.IntegrationTests.Infrastructure;
using Shouldly;

namespace CaliFlow.IntegrationTests.OtherApps;

public static class AccessTokenHelpers
{
    /// <summary>Creates a personal access token the way its owner does (POST /me/tokens with the password); answers what it answered.</summary>
    public static async Task<CreatedToken> CreateTokenAsync(this TestUser user, params string[] scopes)
    {
        var response = await user.Client.PostAsJsonAsync(
            "/v1/me/tokens", new { name = "test app", scopes, currentPassword = user.Password }, TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return (await response.Content.ReadFromJsonAsync<CreatedToken>(TestContext.Current.CancellationToken))!;
    }
}

public sealed record CreatedToken(Guid Id, string Name, string Token, IReadOnlyList<string> Scopes, DateTimeOffset? ExpiresAt, DateTimeOffset CreatedAt);

public sealed record ListedToken(
    Guid Id, string Name, string Hint, IReadOnlyList<string> Scopes, DateTimeOffset? ExpiresAt, DateTimeOffset? LastUsedAt, DateTimeOffset CreatedAt);
