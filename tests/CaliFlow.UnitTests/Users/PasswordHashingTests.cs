using System.Buffers.Binary;
using CaliFlow.Modules.Users.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Shouldly;

namespace CaliFlow.UnitTests.Users;

public sealed class PasswordHashingTests
{
    private static readonly PasswordHasher<object> Hasher =
        new(Options.Create(new PasswordHasherOptions { IterationCount = PasswordHashing.IterationCount }));

    [Fact]
    public void Hashes_are_pbkdf2_hmac_sha512_at_210000_iterations()
    {
        var hash = Convert.FromBase64String(Hasher.HashPassword(new object(), "Str0ng-enough-pass"));

        hash[0].ShouldBe((byte)0x01); // Identity's V3 format
        BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(1, 4)).ShouldBe((uint)2); // KeyDerivationPrf.HMACSHA512
        BinaryPrimitives.ReadUInt32BigEndian(hash.AsSpan(5, 4)).ShouldBe(210_000u);
    }

    [Fact]
    public void A_hash_with_fewer_iterations_verifies_but_asks_to_be_rehashed()
    {
        var old = new PasswordHasher<object>(Options.Create(new PasswordHasherOptions { IterationCount = 100_000 }));

        Hasher.VerifyHashedPassword(new object(), old.HashPassword(new object(), "Str0ng-enough-pass"), "Str0ng-enough-pass")
            .ShouldBe(PasswordVerificationResult.SuccessRehashNeeded);
    }
}
