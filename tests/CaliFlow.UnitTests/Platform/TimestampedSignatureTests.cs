using System.Text;
using CaliFlow.Modules.Platform.Signing;
using Shouldly;

namespace CaliFlow.UnitTests.Platform;

public sealed class TimestampedSignatureTests
{
    private static readonly byte[] Secret = Encoding.UTF8.GetBytes("test-secret");
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 8, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    [Fact]
    public void A_fresh_signature_of_the_exact_payload_verifies()
    {
        var header = TimestampedSignature.Sign("""{"id":"evt_1"}""", Secret, Now);

        header.ShouldStartWith($"t={Now.ToUnixTimeSeconds()},v1=");
        TimestampedSignature.Verify("""{"id":"evt_1"}""", header, Secret, Now.AddMinutes(4), Tolerance).ShouldBeNull();
    }

    [Theory]
    [InlineData("""{"id":"evt_2"}""", "test-secret", 0, "signature_invalid")]
    [InlineData("""{"id":"evt_1"}""", "other-secret", 0, "signature_invalid")]
    [InlineData("""{"id":"evt_1"}""", "test-secret", 6, "signature_stale")]
    [InlineData("""{"id":"evt_1"}""", "test-secret", -6, "signature_stale")]
    public void A_changed_payload_another_key_or_an_old_timestamp_is_rejected(string payload, string key, int minutesLater, string code)
    {
        var header = TimestampedSignature.Sign("""{"id":"evt_1"}""", Encoding.UTF8.GetBytes(key), Now);

        TimestampedSignature.Verify(payload, header, Secret, Now.AddMinutes(minutesLater), Tolerance).ShouldNotBeNull().Code.ShouldBe(code);
    }

    [Theory]
    [InlineData(null, "signature_missing")]
    [InlineData("", "signature_missing")]
    [InlineData("v1=abc", "signature_malformed")]
    [InlineData("t=abc,v1=abc", "signature_malformed")]
    [InlineData("t=1764230400", "signature_malformed")]
    public void A_missing_or_malformed_header_is_rejected(string? header, string code) =>
        TimestampedSignature.Verify("{}", header, Secret, Now, Tolerance).ShouldNotBeNull().Code.ShouldBe(code);

    [Fact]
    public void One_matching_signature_among_several_is_enough_for_key_rotation()
    {
        var current = TimestampedSignature.Sign("{}", Secret, Now);
        var old = TimestampedSignature.Sign("{}", Encoding.UTF8.GetBytes("old-secret"), Now);
        var both = $"{current},{old.Split(',')[1]}";

        TimestampedSignature.Verify("{}", both, Secret, Now, Tolerance).ShouldBeNull();
    }
}
