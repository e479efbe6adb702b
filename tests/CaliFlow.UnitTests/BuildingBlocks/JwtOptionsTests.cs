using CaliFlow.BuildingBlocks.Security;
using Shouldly;

namespace CaliFlow.UnitTests.BuildingBlocks;

public sealed class JwtOptionsTests
{
    [Fact]
    public void A_signing_key_shorter_than_32_bytes_is_refused()
    {
        var options = new JwtOptions { SigningKey = Convert.ToBase64String(new byte[31]) };

        Should.Throw<InvalidOperationException>(() => options.SigningKeyBytes());
    }

    [Fact]
    public void A_32_byte_key_is_used_as_is()
    {
        var key = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();

        new JwtOptions { SigningKey = Convert.ToBase64String(key) }.SigningKeyBytes().ShouldBe(key);
    }
}
