using System.Net;
using System.Net.Sockets;
using System.Text;
using CaliFlow.BuildingBlocks.Email;
using Microsoft.Extensions.Options;
using Shouldly;

namespace CaliFlow.IntegrationTests.Email;

/// <summary>The MailKit adapter against a minimal SMTP server on loopback.</summary>
public sealed class SmtpEmailSenderTests
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_message_is_delivered_to_the_smtp_server()
    {
        await using var server = FakeSmtpServer.Start();
        var sender = Sender(server.Port, useStartTls: false);

        await sender.SendAsync(new EmailMessage("ann@califlow.test", "Hello Ann", "Line one\nhttp://localhost/x?token=abc"), _ct);

        await server.Finished;
        server.Commands.ShouldContain(c => c.StartsWith("MAIL FROM:<no-reply@califlow.test>", StringComparison.Ordinal));
        server.Commands.ShouldContain(c => c.StartsWith("RCPT TO:<ann@califlow.test>", StringComparison.Ordinal));
        server.Data.ShouldContain("Subject: Hello Ann");
        server.Data.ShouldContain("token=abc");
    }

    [Fact]
    public async Task With_starttls_required_a_server_without_it_gets_nothing()
    {
        await using var server = FakeSmtpServer.Start();
        var sender = Sender(server.Port, useStartTls: true);

        await Should.ThrowAsync<NotSupportedException>(() =>
            sender.SendAsync(new EmailMessage("ann@califlow.test", "Hello Ann", "secret link"), _ct));

        server.Data.ShouldBeEmpty();
    }

    private static SmtpEmailSender Sender(int port, bool useStartTls) => new(
        Options.Create(new EmailOptions
        {
            Provider = EmailOptions.SmtpProvider,
            From = "CaliFlow <no-reply@califlow.test>",
            Smtp = new SmtpOptions { Host = "127.0.0.1", Port = port, UseStartTls = useStartTls, Timeout = TimeSpan.FromSeconds(10) },
        }),
        TimeProvider.System);

    /// <summary>Speaks just enough SMTP for one session (no STARTTLS, no extensions) and records what it was told.</summary>
    private sealed class FakeSmtpServer : IAsyncDisposable
    {
        private readonly TcpListener _listener;

        private FakeSmtpServer(TcpListener listener)
        {
            _listener = listener;
            Finished = ServeOneAsync();
        }

        public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

        public List<string> Commands { get; } = [];

        public string Data { get; private set; } = "";

        public Task Finished { get; }

        public static FakeSmtpServer Start()
        {
            var listener = new TcpListener(IPAddress.Loopback, 0);
            listener.Start();
            return new FakeSmtpServer(listener);
        }

        public async ValueTask DisposeAsync()
        {
            _listener.Stop();
            try
            {
                await Finished;
            }
            catch (Exception ex) when (ex is SocketException or IOException or ObjectDisposedException)
            {
                // the client hung up first
            }

            _listener.Dispose();
        }

        private async Task ServeOneAsync()
        {
            using var client = await _listener.AcceptTcpClientAsync();
            await using var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.ASCII);
            await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
            await writer.WriteLineAsync("220 fake.smtp ESMTP");
            while (await reader.ReadLineAsync() is { } line)
            {
                Commands.Add(line);
                var verb = line.Split(' ', ':')[0].ToUpperInvariant();
                switch (verb)
                {
                    case "EHLO" or "HELO":
                        await writer.WriteLineAsync("250 fake.smtp");
                        break;
                    case "MAIL" or "RCPT" or "RSET" or "NOOP":
                        await writer.WriteLineAsync("250 OK");
                        break;
                    case "DATA":
                        await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                        var data = new StringBuilder();
                        while (await reader.ReadLineAsync() is { } dataLine && dataLine != ".")
                        {
                            data.AppendLine(dataLine);
                        }

                        Data = data.ToString();
                        await writer.WriteLineAsync("250 OK queued");
                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 Bye");
                        return;
                    default:
                        await writer.WriteLineAsync("502 Command not implemented");
                        break;
                }
            }
        }
    }
}
