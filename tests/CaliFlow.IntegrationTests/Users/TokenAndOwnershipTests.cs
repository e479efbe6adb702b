using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text;
using CaliFlow.IntegrationTests.Infrastructure;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Shouldly;

namespace CaliFlow.IntegrationTests.Users;

public sealed class TokenAndOwnershipTests(CaliFlowApp app)
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task No_token_is_a_401_problem()
    {
        var response = await app.CreateClient().GetAsync("/v1/me", _ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task A_valid_token_is_accepted_so_the_rejections_below_mean_something()
    {
        var user = await app.CreateUserAsync();

        var token = Sign(user.Id, SessionOf(user), DateTime.UtcNow.AddMinutes(5), CaliFlowApp.SigningKey);

        (await Get("/v1/me", token)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_well_signed_token_is_rejected_without_a_live_session_of_its_subject()
    {
        var user = await app.CreateUserAsync();
        var other = await app.CreateUserAsync();
        var expires = DateTime.UtcNow.AddMinutes(5);

        (await Get("/v1/me", Sign(user.Id, Guid.NewGuid(), expires, CaliFlowApp.SigningKey))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await Get("/v1/me", Sign(user.Id, SessionOf(other), expires, CaliFlowApp.SigningKey))).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Expired_tokens_are_rejected()
    {
        var user = await app.CreateUserAsync();

        var token = Sign(user.Id, SessionOf(user), DateTime.UtcNow.AddMinutes(-5), CaliFlowApp.SigningKey);

        (await Get("/v1/me", token)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Tampered_tokens_are_rejected()
    {
        var user = await app.CreateUserAsync();
        var other = await app.CreateUserAsync();
        var parts = user.Tokens.AccessToken.Split('.');
        // Swap the subject for someone else's, keeping the original signature.
        var payload = Encoding.UTF8.GetString(Base64UrlEncoder.DecodeBytes(parts[1])).Replace(user.Id.ToString(), other.Id.ToString());
        var tampered = $"{parts[0]}.{Base64UrlEncoder.Encode(payload)}.{parts[2]}";

        (await Get("/v1/me", tampered)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Unsigned_alg_none_tokens_are_rejected()
    {
        var user = await app.CreateUserAsync();
        var parts = user.Tokens.AccessToken.Split('.');
        var header = Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""");

        (await Get("/v1/me", $"{header}.{parts[1]}.")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Tokens_signed_with_another_key_are_rejected()
    {
        var user = await app.CreateUserAsync();

        var token = Sign(user.Id, SessionOf(user), DateTime.UtcNow.AddMinutes(5), Convert.ToBase64String(new byte[32]));

        (await Get("/v1/me", token)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_user_only_ever_reads_and_changes_their_own_data()
    {
        var alice = await app.CreateUserAsync();
        var bob = await app.CreateUserAsync();

        var aliceMe = await alice.Client.GetFromJsonAsync<IdAndEmail>("/v1/me", _ct);
        aliceMe!.Id.ShouldBe(alice.Id);

        (await alice.Client.PatchAsJsonAsync("/v1/me/profile", new { timeZone = "Asia/Tokyo" }, _ct)).EnsureSuccessStatusCode();
        (await bob.Client.GetStringAsync("/v1/me", _ct)).ShouldContain("\"timeZone\":\"UTC\"");

        // Alice presenting Bob's refresh token on logout does not end Bob's session.
        (await alice.Client.PostAsJsonAsync("/v1/auth/logout", new { refreshToken = bob.Tokens.RefreshToken }, _ct))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await app.CreateClient().PostAsJsonAsync("/v1/auth/refresh", new { refreshToken = bob.Tokens.RefreshToken }, _ct))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private Task<HttpResponseMessage> Get(string path, string token)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client.GetAsync(path, _ct);
    }

    private static Guid SessionOf(TestUser user) => Guid.Parse(new JsonWebToken(user.Tokens.AccessToken).GetClaim("sid").Value);

    private static string Sign(Guid userId, Guid sessionId, DateTime expires, string base64Key) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "califlow",
            Audience = "califlow-api",
            IssuedAt = expires.AddMinutes(-15),
            NotBefore = expires.AddMinutes(-15),
            Expires = expires,
            Subject = new ClaimsIdentity([new Claim("sub", userId.ToString()), new Claim("sid", sessionId.ToString())]),
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Convert.FromBase64String(base64Key)), SecurityAlgorithms.HmacSha256),
        });

    private sealed record IdAndEmail(Guid Id, string Email);
}
