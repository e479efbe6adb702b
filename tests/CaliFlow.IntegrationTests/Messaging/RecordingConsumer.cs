using CaliFlow.BuildingBlocks.Messaging;
using CaliFlow.BuildingBlocks.Persistence;
using CaliFlow.Modules.Users.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CaliFlow.IntegrationTests.Messaging;

/// <summary>
/// A stand-in for a consumer module: its own schema with the processed-events table and one table of side effects, so a test
/// can count how many times a reaction really happened.
/// </summary>
internal sealed class RecordingConsumerDbContext(DbContextOptions<RecordingConsumerDbContext> options) : DbContext(options)
{
    public const string Schema = "recording_consumer";

    public DbSet<ReceivedRegistration> Received => Set<ReceivedRegistration>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ReceivedRegistration>().ToTable("received_registrations");
        modelBuilder.ApplyModuleConventions(Schema);
    }

    public static void Register(IServiceCollection services) => Register<RecordRegistration>(services);

    /// <summary>The consumer's schema with <typeparamref name="THandler"/> as its reaction to registrations.</summary>
    public static void Register<THandler>(IServiceCollection services)
        where THandler : class, IIntegrationEventHandler<UserRegisteredIntegrationEvent>
    {
        services.AddDbContext<RecordingConsumerDbContext>((provider, options) =>
            options.UseModuleNpgsql(provider.GetRequiredService<NpgsqlConnection>(), Schema));
        services.AddIntegrationEventHandler<UserRegisteredIntegrationEvent, THandler, RecordingConsumerDbContext>();
    }

    /// <summary>Creates the consumer's tables next to the migrated modules (it has no migrations of its own).</summary>
    public static async Task CreateTablesAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<RecordingConsumerDbContext>();
        await db.Database.ExecuteSqlRawAsync($"CREATE SCHEMA IF NOT EXISTS {Schema}");
        try
        {
            await db.GetService<IRelationalDatabaseCreator>().CreateTablesAsync();
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateTable)
        {
            // created by an earlier host on the same database
        }
    }
}

internal sealed class ReceivedRegistration
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }
}

internal sealed class RecordRegistration(RecordingConsumerDbContext db) : IIntegrationEventHandler<UserRegisteredIntegrationEvent>
{
    public Task HandleAsync(UserRegisteredIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        db.Received.Add(new ReceivedRegistration { Id = Guid.CreateVersion7(), UserId = integrationEvent.UserId });
        return Task.CompletedTask;
    }
}

/// <summary>
/// Two handlers of the same event that each wait for the other to start: they both finish only when the dispatcher runs an
/// event's handlers side by side (one after the other, the first gives up waiting and fails).
/// </summary>
internal sealed class Rendezvous
{
    private readonly TaskCompletionSource _first = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _second = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Met;

    public static void Register(IServiceCollection services)
    {
        RecordingConsumerDbContext.Register(services);
        services.AddSingleton<Rendezvous>();
        services.AddIntegrationEventHandler<UserRegisteredIntegrationEvent, MeetFirst, RecordingConsumerDbContext>();
        services.AddIntegrationEventHandler<UserRegisteredIntegrationEvent, MeetSecond, RecordingConsumerDbContext>();
    }

    public async Task ArriveAsync(bool first, CancellationToken cancellationToken)
    {
        (first ? _first : _second).TrySetResult();
        await (first ? _second : _first).Task.WaitAsync(TimeSpan.FromSeconds(5), cancellationToken);
        Interlocked.Increment(ref Met);
    }
}

internal sealed class MeetFirst(Rendezvous rendezvous) : IIntegrationEventHandler<UserRegisteredIntegrationEvent>
{
    public Task HandleAsync(UserRegisteredIntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
        rendezvous.ArriveAsync(first: true, cancellationToken);
}

internal sealed class MeetSecond(Rendezvous rendezvous) : IIntegrationEventHandler<UserRegisteredIntegrationEvent>
{
    public Task HandleAsync(UserRegisteredIntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
        rendezvous.ArriveAsync(first: false, cancellationToken);
}

/// <summary>Users whose registration the consumer refuses to record (its handler throws): a poison event in a batch.</summary>
internal sealed class RefusedUsers
{
    public HashSet<Guid> Ids { get; } = [];

    public static void Register(IServiceCollection services)
    {
        services.AddSingleton<RefusedUsers>();
        RecordingConsumerDbContext.Register<RecordRegistrationUnlessRefused>(services);
    }
}

internal sealed class RecordRegistrationUnlessRefused(RecordingConsumerDbContext db, RefusedUsers refused)
    : IIntegrationEventHandler<UserRegisteredIntegrationEvent>
{
    public Task HandleAsync(UserRegisteredIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        if (refused.Ids.Contains(integrationEvent.UserId))
        {
            throw new InvalidOperationException($"refused {integrationEvent.UserId}");
        }

        db.Received.Add(new ReceivedRegistration { Id = Guid.CreateVersion7(), UserId = integrationEvent.UserId });
        return Task.CompletedTask;
    }
}

/// <summary>
/// Users whose registration the consumer's handler sits on until the delivery is cancelled: an instance busy with (or dying in)
/// a batch. The same handler is registered in every host of a test, so its processed-event records are shared.
/// </summary>
internal sealed class HeldUsers
{
    public HashSet<Guid> Ids { get; } = [];

    public TaskCompletionSource Holding { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static void Register(IServiceCollection services)
    {
        services.AddSingleton<HeldUsers>();
        RecordingConsumerDbContext.Register<RecordRegistrationUnlessHeld>(services);
    }
}

internal sealed class RecordRegistrationUnlessHeld(RecordingConsumerDbContext db, HeldUsers held)
    : IIntegrationEventHandler<UserRegisteredIntegrationEvent>
{
    public async Task HandleAsync(UserRegisteredIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        db.Received.Add(new ReceivedRegistration { Id = Guid.CreateVersion7(), UserId = integrationEvent.UserId });
        if (held.Ids.Contains(integrationEvent.UserId))
        {
            held.Holding.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
    }
}
