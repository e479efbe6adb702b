using CaliFlow.BuildingBlocks.Messaging;
using CaliFlow.Modules.Users.Contracts;
using Shouldly;

namespace CaliFlow.UnitTests.BuildingBlocks;

public sealed class OutboxMessageTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_failed_delivery_backs_off_exponentially_up_to_ten_minutes_and_is_never_dropped()
    {
        var message = OutboxMessage.For(new UserRegisteredIntegrationEvent(Guid.CreateVersion7(), "a@b.test"));
        var delays = new List<TimeSpan>();
        for (var attempt = 0; attempt < 15; attempt++)
        {
            message.MarkFailed("boom", Now);
            delays.Add(message.NextAttemptAt!.Value - Now);
        }

        delays.Take(4).ShouldBe([TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(8), TimeSpan.FromSeconds(16)]);
        delays.ShouldAllBe(d => d <= TimeSpan.FromMinutes(10));
        delays[^1].ShouldBe(TimeSpan.FromMinutes(10));
        message.Attempts.ShouldBe(15);
        message.ProcessedAt.ShouldBeNull();
    }

    [Fact]
    public void The_type_name_resolves_back_to_the_event_type_without_a_version()
    {
        var message = OutboxMessage.For(new UserRegisteredIntegrationEvent(Guid.CreateVersion7(), "a@b.test"));

        message.Type.ShouldNotContain("Version=");
        Type.GetType(message.Type).ShouldBe(typeof(UserRegisteredIntegrationEvent));
    }

    [Fact]
    public void A_long_error_is_truncated_to_fit_its_column()
    {
        var message = OutboxMessage.For(new UserRegisteredIntegrationEvent(Guid.CreateVersion7(), "a@b.test"));

        message.MarkFailed(new string('x', 5000), Now);

        message.LastError!.Length.ShouldBe(2000);
    }
}
