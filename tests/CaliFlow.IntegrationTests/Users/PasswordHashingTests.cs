using System.Buffers.Binary;
using System.Net;
using System.Net.Http.Json;
using CaliFlow.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Shouldly;

namespace CaliFlow.IntegrationTests.Users;

/// <summary>Passwords are stored as PBKDF2-HMAC-SHA512 with 210,000 iterations; older hashes are upgraded at sign-in; breached passwords are refused.</summary>
public sealed class PasswordHashingTests(CaliFlowApp app)
{
    private const int KeyDerivationPrfSha512 = 2;
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Signing_in_with_a_hash_made_at_100000_iterations_stores_one_at_210000()
    {
        var user = await app.CreateUserAsync();
        (await IterationsOfAsync(user.Id)).ShouldBe(210_000);
        var old = new PasswordHasher<object>(Options.Create(new PasswordHasherOptions { IterationCount = 100_000 }));
        await app.ExecuteAsync("UPDATE users.users SET password_hash = $1 WHERE id = $2", old.HashPassword(new object(), user.Password), user.Id);
        (await IterationsOfAsync(user.Id)).ShouldBe(100_000);

        await app.LoginAsync(user.Email, user.Password);

        (await IterationsOfAsync(user.Id)).ShouldBe(210_000);
        await app.LoginAsync(user.Email, user.Password); // and the new hash verifies
    }

    [Theory]
    [InlineData("Password1234")]
    [InlineData("iloveyou12")]
    [InlineData("qwertyuiop123")]
    public async Task Registering_with_a_breached_password_is_refused_on_the_password_field(string password)
    {
        var response = await app.CreateClient().PostAsJsonAsync(
            "/v1/auth/register", new { email = $"breached-{Guid.NewGuid():N}@califlow.test", password }, _ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = (await response.Content.ReadFromJsonAsync<Problem>(_ct))!;
        problem.Errors.ShouldContainKey("password");
        problem.Errors["password"].ShouldContain(message => message.Contains("breaches", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Changing_to_a_breached_password_is_refused()
    {
        var user = await app.CreateUserAsync();

        var response = await user.Client.PostAsJsonAsync(
            "/v1/me/password", new { currentPassword = user.Password, newPassword = "Password1234" }, _ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadFromJsonAsync<Problem>(_ct))!.Errors.ShouldContainKey("newPassword");
        await app.LoginAsync(user.Email, user.Password);
    }

    /// <summary>ASP.NET Core Identity's V3 format: 0x01, the PRF (uint32 big-endian, 2 = HMAC-SHA512), then the iteration count.</summary>
    private async Task<int> IterationsOfAsync(Guid userId)
    {
        var hash = Convert.FromBase64String((await app.ScalarAsync<string>("SELECT password_hash FROM users.users WHERE id = $1", userId))!);
        hash[0].ShouldBe((byte)0x01);
        BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(1, 4)).ShouldBe((uint)KeyDerivationPrfSha512);
        return (int)BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(5, 4));
    }

    private sealed record Problem(Dictionary<string, string[]> Errors);
}
