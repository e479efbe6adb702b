using System.Globalization;
using Npgsql;

namespace CaliFlow.IntegrationTests.Infrastructure;

/// <summary>
/// Test databases are copies of one template that the host migrated and seeded once per test run: <c>CREATE DATABASE … TEMPLATE</c>
/// takes a fraction of a second, where migrating and seeding every module from nothing took seconds of CPU for each of the
/// run's many hosts. The host still runs its migrations at start-up over the copy, which finds nothing to do, so the path a
/// deployment takes is still the one every test host takes.
/// </summary>
internal static class TestDatabases
{
    private const string TemplatePrefix = "califlow_template_";
    private static readonly SemaphoreSlim Creating = new(1, 1);
    private static readonly Lazy<Task<string>> Template = new(CreateTemplateAsync);

    /// <summary>Makes <paramref name="database"/> a copy of the template unless it already exists (apps playing two instances of one deployment share one).</summary>
    public static async Task EnsureCreatedAsync(string database)
    {
        var template = await Template.Value;
        await Creating.WaitAsync();
        try
        {
            await using var admin = await OpenAdminAsync();
            if (await ExistsAsync(admin, database))
            {
                return;
            }

            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\" TEMPLATE \"{template}\"", admin);
            await create.ExecuteNonQueryAsync();
        }
        finally
        {
            Creating.Release();
        }
    }

    private static async Task<string> CreateTemplateAsync()
    {
        await DropTemplatesOfEarlierRunsAsync();
        var template = $"{TemplatePrefix}{DateTime.UtcNow:yyyyMMddHHmmss}_{Guid.NewGuid():N}";
        await using (var app = new CaliFlowApp(template, dropDatabaseOnDispose: false, isTemplate: true))
        {
            _ = app.Services; // starting the host migrates and seeds the database
        }

        // A copy needs the template to have no sessions: end any the host's pool left behind.
        await using var admin = await OpenAdminAsync();
        await using var terminate = new NpgsqlCommand(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()", admin);
        terminate.Parameters.Add(new NpgsqlParameter { Value = template });
        await terminate.ExecuteScalarAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => CaliFlowApp.DropDatabaseAsync(template).GetAwaiter().GetResult();
        return template;
    }

    /// <summary>A run that was killed leaves its template behind; one young enough to belong to a run still going is left alone.</summary>
    private static async Task DropTemplatesOfEarlierRunsAsync()
    {
        await using var admin = await OpenAdminAsync();
        var stale = new List<string>();
        await using (var list = new NpgsqlCommand("SELECT datname FROM pg_database WHERE starts_with(datname, $1)", admin))
        {
            list.Parameters.Add(new NpgsqlParameter { Value = TemplatePrefix });
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                stale.Add(reader.GetString(0));
            }
        }

        var cutoff = DateTime.UtcNow.AddHours(-3);
        foreach (var name in stale.Where(n => DateTime.TryParseExact(
                     n.AsSpan(TemplatePrefix.Length, 14), "yyyyMMddHHmmss", CultureInfo.InvariantCulture,
                     DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var made) && made < cutoff))
        {
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
    }

    private static async Task<bool> ExistsAsync(NpgsqlConnection admin, string database)
    {
        await using var exists = new NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)", admin);
        exists.Parameters.Add(new NpgsqlParameter { Value = database });
        return (bool)(await exists.ExecuteScalarAsync())!;
    }

    private static async Task<NpgsqlConnection> OpenAdminAsync()
    {
        var admin = new NpgsqlConnection(TestServices.PostgresConnectionString("postgres"));
        await admin.OpenAsync();
        return admin;
    }
}
