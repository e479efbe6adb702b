using System.Net;
using System.Net.Http.Json;
using CaliFlow.BuildingBlocks.Email;
using CaliFlow.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace CaliFlow.IntegrationTests.Users;

/// <summary>
/// Account mail goes through the Users outbox: a send that fails is tried again, and the failed attempt's link token is rolled
/// back with it, so the only live token is the one in the mail that left.
/// </summary>
public sealed class AccountEmailDeliveryTests : IAsyncLifetime
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private readonly FailsFirstSender _sender = new();
    private readonly CaliFlowApp _app;

    public AccountEmailDeliveryTests() => _app = new CaliFlowApp(services: s => s.AddSingleton<IEmailSender>(provider =>
    {
        _sender.Inner = provider.GetRequiredService<FolderEmailSender>();
        return _sender;
    }));

    public ValueTask InitializeAsync() => _app.InitializeAsync();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task A_failed_send_is_retried_and_leaves_no_live_token_behind()
    {
        var user = await _app.CreateUserAsync();

        var mail = await _app.WaitForMailAsync(user.Email, "Confirm your email address");

        _sender.Attempts.ShouldBe(2);
        (await _app.ScalarAsync<long>("SELECT count(*) FROM users.account_tokens WHERE user_id = $1", user.Id)).ShouldBe(1);
        (await _app.ScalarAsync<int>("SELECT attempts FROM users.outbox_messages WHERE payload->>'email' = $1 AND type LIKE '%AccountEmailRequested%'",
            user.Email)).ShouldBe(1);
        (await _app.CreateClient().PostAsJsonAsync("/v1/auth/verify-email", new { token = mail.Token }, _ct))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    private sealed class FailsFirstSender : IEmailSender
    {
        private int _attempts;

        public FolderEmailSender Inner { get; set; } = null!;

        public int Attempts => _attempts;

        public Task SendAsync(EmailMessage message, CancellationToken cancellationToken) =>
            Interlocked.Increment(ref _attempts) == 1
                ? throw new IOException("The mail server is down.")
                : Inner.SendAsync(message, cancellationToken);
    }
}
