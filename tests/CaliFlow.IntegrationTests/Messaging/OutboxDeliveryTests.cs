using CaliFlow.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace CaliFlow.IntegrationTests.Messaging;

/// <summary>Integration events are not lost between a commit and their consumers, and a redelivered event is handled once.</summary>
public sealed class OutboxDeliveryTests
{
    [Fact]
    public async Task An_event_committed_before_a_crash_is_delivered_after_restart_and_a_redelivery_is_handled_once()
    {
        var database = CaliFlowApp.NewDatabaseName();
        Guid userId;
        try
        {
            // 1. The API commits a registration but "crashes" before its dispatcher delivers the event.
            await using (var crashed = new CaliFlowApp(
                             database,
                             new Dictionary<string, string?> { ["Outbox:Enabled"] = "false" },
                             RecordingConsumerDbContext.Register,
                             dropDatabaseOnDispose: false))
            {
                await crashed.InitializeAsync();
                await RecordingConsumerDbContext.CreateTablesAsync(crashed.Services);
                userId = (await crashed.CreateUserAsync()).Id;

                (await PendingEvents(crashed, userId)).ShouldBe(1);
                (await Received(crashed, userId)).ShouldBe(0);
            }

            // 2. After a restart the dispatcher finds the committed event and the consumer gets it.
            await using var restarted = new CaliFlowApp(database, services: RecordingConsumerDbContext.Register, dropDatabaseOnDispose: false);
            await restarted.InitializeAsync();
            await Eventually(async () => await PendingEvents(restarted, userId) == 0);
            (await Received(restarted, userId)).ShouldBe(1);

            // 3. The publisher loses its "processed" mark (e.g. a crash after the consumer committed): the event goes out again,
            //    and the consumer, which remembers it, does not react twice.
            (await restarted.ExecuteAsync(
                "UPDATE users.outbox_messages SET processed_at = NULL WHERE payload->>'userId' = $1", userId.ToString())).ShouldBe(1);
            await Eventually(async () => await PendingEvents(restarted, userId) == 0);
            (await Received(restarted, userId)).ShouldBe(1);
            (await restarted.ScalarAsync<long>(
                "SELECT count(*) FROM recording_consumer.processed_events p JOIN users.outbox_messages m ON m.id = p.event_id " +
                "WHERE m.payload->>'userId' = $1", userId.ToString())).ShouldBe(1);
        }
        finally
        {
            await CaliFlowApp.DropDatabaseAsync(database);
        }
    }

    [Fact]
    public async Task The_handlers_of_one_event_run_side_by_side_and_each_takes_effect_once()
    {
        await using var app = new CaliFlowApp(services: Rendezvous.Register);
        await app.InitializeAsync();
        await RecordingConsumerDbContext.CreateTablesAsync(app.Services);
        var rendezvous = app.Services.GetRequiredService<Rendezvous>();

        var userId = (await app.CreateUserAsync()).Id;

        await Eventually(async () => await PendingEvents(app, userId) == 0);
        rendezvous.Met.ShouldBe(2);
        (await Received(app, userId)).ShouldBe(1);
    }

    private static Task<long> PendingEvents(CaliFlowApp app, Guid userId) => app.ScalarAsync<long>(
        "SELECT count(*) FROM users.outbox_messages WHERE processed_at IS NULL AND payload->>'userId' = $1", userId.ToString());

    private static Task<long> Received(CaliFlowApp app, Guid userId) => app.ScalarAsync<long>(
        "SELECT count(*) FROM recording_consumer.received_registrations WHERE user_id = $1", userId);

    private static async Task Eventually(Func<Task<bool>> condition)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new ShouldAssertException("The condition was not met within 10 s.");
    }
}
