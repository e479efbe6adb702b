using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json;
using CaliFlow.IntegrationTests.Infrastructure;
using CaliFlow.Modules.Platform.OutboundWebhooks;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace CaliFlow.IntegrationTests.Platform;

/// <summary>One host without the development loopback switch, whose DNS answers are the tests' to choose.</summary>
public sealed class GuardedWebhookApp : IAsyncLifetime
{
    public FakeHostResolver Dns { get; } = new();

    public CaliFlowApp App { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        App = new CaliFlowApp(
            settings: new Dictionary<string, string?> { ["Webhooks:PollInterval"] = "00:00:00.100" },
            services: s => s.AddSingleton<IHostAddressResolver>(Dns));
        await App.InitializeAsync();
    }

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}

/// <summary>
/// Outbound webhooks never reach internal addresses: refused at registration (literal addresses of every internal class and
/// names that resolve to one), and refused again when the sender connects, so a name re-pointed after registration (DNS
/// rebinding) does not lead inside.
/// </summary>
public sealed class OutboundAddressTests(GuardedWebhookApp fixture) : IClassFixture<GuardedWebhookApp>
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("https://127.0.0.1/hook")]
    [InlineData("https://127.1.2.3:8443/hook")]
    [InlineData("https://localhost/hook")]
    [InlineData("https://10.1.2.3/hook")]
    [InlineData("https://172.16.5.4/hook")]
    [InlineData("https://192.168.1.1/hook")]
    [InlineData("https://169.254.169.254/latest/meta-data/")]
    [InlineData("https://100.64.0.1/hook")]
    [InlineData("https://[::1]/hook")]
    [InlineData("https://[fd00::1]/hook")]
    [InlineData("https://[fe80::1]/hook")]
    [InlineData("https://[::ffff:10.0.0.1]/hook")]
    [InlineData("https://internal.example/hook")] // resolves to a private address
    [InlineData("https://mixed.example/hook")] // one public and one private address
    [InlineData("https://nowhere.example/hook")] // does not resolve
    [InlineData("http://127.0.0.1/hook")] // plain http, loopback switch off
    public async Task Internal_addresses_and_names_that_resolve_to_them_are_refused_at_registration(string url)
    {
        fixture.Dns.Answer("localhost", "127.0.0.1", "::1");
        fixture.Dns.Answer("internal.example", "10.0.0.5");
        fixture.Dns.Answer("mixed.example", "93.184.215.14", "192.168.0.10");
        var user = await fixture.App.CreateUserAsync();

        var response = await user.Client.PostAsJsonAsync("/v1/webhooks", new { url, events = new[] { "workout.completed" }, currentPassword = user.Password }, _ct);

        (await PlatformTestHelpers.FieldErrorsAsync(response)).Keys.ShouldBe(["url"]);
        (await user.Client.GetFromJsonAsync<List<JsonElement>>("/v1/webhooks", _ct))!.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_public_name_is_accepted()
    {
        fixture.Dns.Answer("hooks.example", "93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c");
        var user = await fixture.App.CreateUserAsync();

        var response = await user.Client.PostAsJsonAsync("/v1/webhooks", new { url = "https://hooks.example/in", events = new[] { "workout.completed" }, currentPassword = user.Password }, _ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(_ct));
    }

    [Fact]
    public async Task A_name_that_resolves_inside_at_send_time_is_not_contacted()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        fixture.Dns.Answer("rebind.example", "93.184.215.14");
        var user = await fixture.App.CreateUserAsync();
        var registered = await user.Client.PostAsJsonAsync("/v1/webhooks", new { url = $"https://rebind.example:{port}/hook", events = new[] { "workout.completed" }, currentPassword = user.Password }, _ct);
        registered.StatusCode.ShouldBe(HttpStatusCode.Created, await registered.Content.ReadAsStringAsync(_ct));
        var webhook = (await registered.Content.ReadFromJsonAsync<RegisteredWebhookOut>(_ct))!;
        // After registration the name is re-pointed at a listener on loopback.
        fixture.Dns.Answer("rebind.example", "127.0.0.1");

        (await user.Client.PostAsJsonAsync("/v1/workout-logs", new
        {
            id = Guid.CreateVersion7(),
            performedOn = DateOnly.FromDateTime(DateTime.UtcNow),
            exercises = new object[] { new { exercise = "push-up", sets = new[] { new { reps = 10 } } } },
        }, _ct)).EnsureSuccessStatusCode();

        DeliveryOut? delivery = null;
        await PlatformTestHelpers.Eventually(async () =>
        {
            delivery = (await user.Client.GetFromJsonAsync<List<DeliveryOut>>($"/v1/webhooks/{webhook.Id}/deliveries", _ct))!.SingleOrDefault();
            return delivery?.Attempts >= 1;
        });
        delivery!.AttemptLog[0].Error.ShouldBe("address_not_allowed");
        delivery.AttemptLog[0].StatusCode.ShouldBeNull();
        listener.Pending().ShouldBeFalse();
    }
}

/// <summary>DNS as a test wants it: names answer what the test set, others do not resolve.</summary>
public sealed class FakeHostResolver : IHostAddressResolver
{
    private readonly ConcurrentDictionary<string, IPAddress[]> _answers = new(StringComparer.OrdinalIgnoreCase);

    public void Answer(string host, params string[] addresses) => _answers[host] = [.. addresses.Select(IPAddress.Parse)];

    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) =>
        _answers.TryGetValue(host, out var addresses)
            ? Task.FromResult(addresses)
            : Task.FromException<IPAddress[]>(new System.Net.Sockets.SocketException((int)System.Net.Sockets.SocketError.HostNotFound));
}
