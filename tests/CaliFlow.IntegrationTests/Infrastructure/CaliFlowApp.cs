using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using CaliFlow.BuildingBlocks.Email;
using CaliFlow.Modules.Users;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.JsonWebTokens;
using Npgsql;

namespace CaliFlow.IntegrationTests.Infrastructure;

/// <summary>
/// The real host over a database of its own (created by the migrations at start-up, dropped on dispose) and the real Redis.
/// Settings can be overridden per instance, e.g. to turn the outbox off or point at another Redis. Mail goes to the folder
/// sender, in a folder of the app's own, where the tests read it (<see cref="WaitForMailAsync"/>).
/// </summary>
public sealed class CaliFlowApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public static readonly string SigningKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;
    private readonly bool _dropDatabaseOnDispose;
    private readonly string _environment;
    private readonly bool _isTemplate;
    private readonly ConcurrentDictionary<string, KeptEmail> _mailRead = new();

    public CaliFlowApp()
        : this(database: null)
    {
    }

    internal CaliFlowApp(
        string? database = null,
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null,
        bool dropDatabaseOnDispose = true,
        string environment = "Testing",
        IPAddress? clientAddress = null,
        bool isTemplate = false)
    {
        _isTemplate = isTemplate;
        _environment = environment;
        ClientAddress = clientAddress ?? RandomLoopbackAddress();
        Database = database ?? NewDatabaseName();
        _services = services;
        _dropDatabaseOnDispose = dropDatabaseOnDispose;
        _settings = SettingsFor(Database);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    public string Database { get; }

    /// <summary>What every test host is given: its own database (migrated at start-up), Redis database, photo and mail folders.</summary>
    public static Dictionary<string, string?> SettingsFor(string database) => new()
    {
        ["ConnectionStrings:Postgres"] = TestServices.PostgresConnectionString(database),
        ["ConnectionStrings:Redis"] = TestServices.RedisFor(database),
        ["Database:MigrateOnStartup"] = "true",
        ["Jwt:SigningKey"] = SigningKey,
        ["RateLimiting:AuthPermitsPerMinute"] = "100000",
        ["Outbox:PollInterval"] = "00:00:00.100",
        ["Imports:PollInterval"] = "00:00:00.100",
        ["Logging:LogLevel:Default"] = "Warning",
        ["Photos:Folder"] = Path.Combine(Path.GetTempPath(), "califlow-test-photos", database),
        ["Email:Provider"] = "folder",
        ["Email:Folder"] = Path.Combine(Path.GetTempPath(), "califlow-test-mail", database),
    };

    /// <summary>This app's Redis, with its own logical database: what a test reads to see the app's cache.</summary>
    public string Redis => _settings["ConnectionStrings:Redis"]!;

    /// <summary>
    /// The address requests come from (TestServer has none). Each app has its own, so limits counted per address in the
    /// shared Redis do not add up across the test apps running at the same time.
    /// </summary>
    public IPAddress ClientAddress { get; }

    private static IPAddress RandomLoopbackAddress()
    {
        Span<byte> bytes = [127, 0, 0, 0];
        RandomNumberGenerator.Fill(bytes[1..]);
        return new IPAddress(bytes);
    }

    /// <summary>Where this app's photo storage keeps files.</summary>
    public string PhotoFolder => _settings["Photos:Folder"]!;

    /// <summary>Where this app's folder mail sender keeps messages.</summary>
    public string MailFolder => _settings["Email:Folder"]!;

    public static string NewDatabaseName() => $"califlow_test_{Guid.NewGuid():N}";

    public ValueTask InitializeAsync()
    {
        // Starting the server starts the host, which applies the migrations.
        StartServer();
        return ValueTask.CompletedTask;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_dropDatabaseOnDispose)
        {
            await DropDatabaseAsync(Database);
            foreach (var folder in new[] { PhotoFolder, MailFolder }.Where(Directory.Exists))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    public static async Task DropDatabaseAsync(string database)
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(TestServices.PostgresConnectionString("postgres"));
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }

    /// <summary>Runs SQL against this app's database (assertions on stored state, or arranging state no endpoint sets yet).</summary>
    public Task<T?> ScalarAsync<T>(string sql, params object[] parameters) => ScalarInAsync<T>(Database, sql, parameters);

    /// <summary>Runs SQL against a test database no running app holds (one an API process used, say).</summary>
    public static async Task<T?> ScalarInAsync<T>(string database, string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(TestServices.PostgresConnectionString(database));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        var result = await command.ExecuteScalarAsync();
        return result is null or DBNull ? default : (T)result;
    }

    public Task<int> ExecuteAsync(string sql, params object[] parameters) => ScalarAsync<int>(
        $"WITH changed AS ({sql} RETURNING 1) SELECT count(*)::int FROM changed", parameters);

    protected override IHost CreateHost(IHostBuilder builder)
    {
        if (!_isTemplate)
        {
            TestDatabases.EnsureCreatedAsync(Database).GetAwaiter().GetResult();
        }

        return base.CreateHost(builder);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(_environment);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(s => s.AddSingleton<IStartupFilter>(new ClientAddressFilter(ClientAddress)));
        if (_services is not null)
        {
            builder.ConfigureTestServices(_services);
        }
    }

    /// <summary>
    /// Registers a new account and signs in; the returned client sends its access token. Registration answers the same for
    /// any address, so the account's id is read from the access token's subject.
    /// </summary>
    public async Task<TestUser> CreateUserAsync(string? email = null, string password = "Str0ng-enough-pass")
    {
        email ??= $"user-{Guid.NewGuid():N}@califlow.test";
        var anonymous = CreateClient();
        var registered = await anonymous.PostAsJsonAsync("/v1/auth/register", new { email, password });
        registered.EnsureSuccessStatusCode();
        var tokens = await LoginAsync(email, password);
        var id = Guid.Parse(new JsonWebToken(tokens.AccessToken).Subject);
        return new TestUser(id, email, password, tokens, Authorized(tokens.AccessToken));
    }

    /// <summary>Verifies the account's address the way its owner does: the token from the verification mail, posted back.</summary>
    public async Task VerifyEmailAsync(TestUser user)
    {
        var mail = await WaitForMailAsync(user.Email, "Confirm your email address");
        var verified = await CreateClient().PostAsJsonAsync("/v1/auth/verify-email", new { token = mail.Token });
        verified.EnsureSuccessStatusCode();
    }

    /// <summary>
    /// A new account with a verified address made admin by the operator's command, signed in again so its token carries the role.
    /// </summary>
    public async Task<TestUser> CreateAdminAsync()
    {
        var user = await CreateUserAsync();
        await VerifyEmailAsync(user);
        var exitCode = await Services.RunAdminCommandAsync(["grant", user.Email], TextWriter.Null);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"admin grant {user.Email} failed");
        }

        var tokens = await LoginAsync(user.Email, user.Password);
        return user with { Tokens = tokens, Client = Authorized(tokens.AccessToken) };
    }

    public async Task<Tokens> LoginAsync(string email, string password)
    {
        var response = await CreateClient().PostAsJsonAsync("/v1/auth/login", new { email, password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<Tokens>())!;
    }

    public HttpClient Authorized(string accessToken)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    /// <summary>The messages the folder sender kept for <paramref name="email"/> so far, oldest first.</summary>
    public IReadOnlyList<SentMail> MailTo(string email)
    {
        var folder = Services.GetRequiredService<FolderEmailSender>();
        if (!Directory.Exists(folder.Folder))
        {
            return [];
        }

        return Directory.EnumerateFiles(folder.Folder, "*.eml")
            .Select(Path.GetFileName)
            .Order()
            .Select(name => _mailRead.GetOrAdd(name!, n => folder.Read(n)!))
            .Where(m => string.Equals(m.To, email, StringComparison.OrdinalIgnoreCase))
            .Select(m => new SentMail(m.To, m.Subject, m.TextBody))
            .ToList();
    }

    /// <summary>
    /// Waits (the outbox sends mail after the commit) for the <paramref name="count"/>th message to the address whose subject has
    /// <paramref name="subject"/>. With a fake clock, <paramref name="tick"/> moves it so the outbox's poll wait ends.
    /// </summary>
    public async Task<SentMail> WaitForMailAsync(string email, string subject, int count = 1, Action? tick = null)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var matching = MailTo(email).Where(m => m.Subject.Contains(subject, StringComparison.Ordinal)).ToList();
            if (matching.Count >= count)
            {
                return matching[count - 1];
            }

            tick?.Invoke();
            await Task.Delay(50);
        }

        throw new TimeoutException($"No mail '{subject}' (#{count}) reached {email}.");
    }
}

/// <summary>A message as the folder sender kept it.</summary>
public sealed partial record SentMail(string To, string Subject, string Text)
{
    /// <summary>The link token the message carries (after "token=").</summary>
    public string Token => TokenPattern().Match(Text) is { Success: true } match
        ? match.Groups[1].Value
        : throw new InvalidOperationException($"No token in '{Subject}'.");

    [GeneratedRegex("token=([A-Za-z0-9_-]+)")]
    private static partial Regex TokenPattern();
}

public sealed record Tokens(string AccessToken, string TokenType, int ExpiresIn, string RefreshToken, DateTimeOffset RefreshTokenExpiresAt);

public sealed record TestUser(Guid Id, string Email, string Password, Tokens Tokens, HttpClient Client);

/// <summary>Gives TestServer requests a remote address, as Kestrel would.</summary>
internal sealed class ClientAddressFilter(IPAddress address) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            context.Connection.RemoteIpAddress ??= address;
            await nextMiddleware();
        });
        next(app);
    };
}
