using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text.Json;
using CaliFlow.LoadBench;
using Npgsql;
using StackExchange.Redis;

// The load benchmark (bench/README.md). Usage: dotnet run -c Release --project bench/CaliFlow.LoadBench -- [--users N]
// [--log-rows N] [--seconds N] [--connections 64,1000] [--soak-minutes N: the soak instead, at the largest connection count]. Expects PostgreSQL and Redis started by scripts/services.sh, the API and
// the baseline built in Release, and wrk on the PATH (bench/run.sh sees to all three).
var options = Options.Parse(args);
var root = FindRoot();
var results = Directory.CreateDirectory(Path.Combine(root, "bench", "results")).FullName;
var work = Directory.CreateTempSubdirectory("califlow-bench-").FullName;
var pgPort = Environment.GetEnvironmentVariable("CALIFLOW_PG_PORT") ?? "55432";
var redisPort = Environment.GetEnvironmentVariable("CALIFLOW_REDIS_PORT") ?? "56379";
const string Database = "califlow_bench";
var postgres = $"Host=127.0.0.1;Port={pgPort};Database={Database};Username=califlow;Maximum Pool Size=30;Minimum Pool Size=2";
var redis = $"127.0.0.1:{redisPort},defaultDatabase=1"; // database 1: the benchmark's caches stay apart from development's
const int BaselineDatabase = 2;
var baselineRedis = $"127.0.0.1:{redisPort},defaultDatabase={BaselineDatabase}";
// A fixed key (CALIFLOW_BENCH_SIGNING_KEY, base64) lets a profiling session restart the API against the seeded database and
// reuse the work folder's tokens; by default every run has a fresh one.
var signingKey = Environment.GetEnvironmentVariable("CALIFLOW_BENCH_SIGNING_KEY") is { Length: > 0 } fixedKey
    ? Convert.FromBase64String(fixedKey)
    : RandomNumberGenerator.GetBytes(32);
var script = Path.Combine(root, "bench", "wrk", "scenario.lua");

Log($"fresh database {Database} and Redis database 1");
await using (var admin = new NpgsqlConnection($"Host=127.0.0.1;Port={pgPort};Database=postgres;Username=califlow"))
{
    await admin.OpenAsync();
    await new NpgsqlCommand($"DROP DATABASE IF EXISTS {Database} WITH (FORCE)", admin).ExecuteNonQueryAsync();
    await new NpgsqlCommand($"CREATE DATABASE {Database}", admin).ExecuteNonQueryAsync();
}

var multiplexer = await ConnectionMultiplexer.ConnectAsync($"{redis},allowAdmin=true");
await FlushAsync();

var apiDll = Path.Combine(root, "src", "CaliFlow.Api", "bin", "Release", "net10.0", "CaliFlow.Api.dll");
await using var api = await Server.StartAsync(apiDll, "http://127.0.0.1:5090", "/health/ready", new Dictionary<string, string>
{
    ["ASPNETCORE_ENVIRONMENT"] = "Production",
    ["ConnectionStrings__Postgres"] = postgres,
    ["ConnectionStrings__Redis"] = redis,
    ["Database__MigrateOnStartup"] = "true",
    ["Jwt__SigningKey"] = Convert.ToBase64String(signingKey),
    ["RateLimiting__AuthPermitsPerMinute"] = "100000000", // every request comes from one address here
    ["Photos__Folder"] = Path.Combine(work, "photos"),
    // The soak's random users ask the coach and upload photos far more often than a person does; their per-user limits would
    // answer 429, which is not what the soak measures.
    ["Coaching__FreeMessagesPerDay"] = "100000000",
    ["RateLimiting__PerUser__coach__PermitLimit"] = "100000000",
    ["RateLimiting__PerUser__photo-upload__PermitLimit"] = "100000000",
}, Path.Combine(work, "api.log"));
using var http = new HttpClient { BaseAddress = new Uri(api.Url), Timeout = TimeSpan.FromMinutes(2) };
// The seeder's COPY of millions of rows can outlast the default 30 s command timeout on a busy machine.
await using var dataSource = NpgsqlDataSource.Create($"{postgres};Command Timeout=600");
var seeder = new Seeder(dataSource, http, signingKey);

Log($"seeding {options.Users} users with profiles");
var users = await seeder.SeedUsersAsync(options.Users);
Log("an active plan per user: generated through POST /plans for 100 users, copied for the rest");
var planTimer = System.Diagnostics.Stopwatch.StartNew();
await seeder.CreatePlansAsync(users, generated: Math.Min(100, users.Count));
planTimer.Stop();
Log($"plans done in {planTimer.Elapsed.TotalSeconds:0} s");

var tokensFile = Write("tokens.txt", users.Select(u => u.Token));
var emailsFile = Write("emails.txt", users.Select(u => u.Email));
var body = await Seeder.WorkoutBodyAsync(http, users[0].Token);
var bodyFile = Write("workout.json", [body]);
var syncBodyFile = Write("sync.json", [$"{{\"logs\":[{string.Join(',', Enumerable.Repeat(body, Run.SyncLogsPerRequest))}]}}"]);
var exerciseIds = await ExerciseIdsAsync(users[0].Token);
var idsFile = Write("exercise-ids.txt", exerciseIds);
var etag = await ExercisesETagAsync(users[0].Token);
var numbersFile = Write("numbers.txt", Enumerable.Range(0, users.Count).Select(i => i.ToString(CultureInfo.InvariantCulture)));
var scenarios = new Dictionary<string, Scenario>
{
    ["GET /workouts/today"] = new("cached", ["get", "/v1/workouts/today", tokensFile], ["get", "/cached/today"]),
    ["GET /exercises"] = new("cached", ["get", "/v1/exercises", tokensFile], ["get", "/cached/exercises"]),
    ["GET /exercises (If-None-Match → 304)"] = new("cached", ["get-etag", "/v1/exercises", etag, tokensFile], ["get", "/cached/etag"]),
    ["GET /exercises/{id}"] = new("cached", ["get-id", "/v1/exercises/", idsFile, tokensFile], ["get", "/cached/exercise"]),
    ["GET /stats (cached)"] = new("cached", ["get", "/v1/stats", tokensFile], ["get", "/cached/stats"]),
    ["POST /workout-logs"] = new("write", ["post-log", "/v1/workout-logs", tokensFile, bodyFile], ["post-log", "/write", tokensFile, bodyFile]),
    // Against the baseline's single insert: the ratio is requests to requests; the target is in logs (20 a request).
    ["POST /workout-logs/sync (20 logs)"] = new("offline sync", ["post-log", "/v1/workout-logs/sync", tokensFile, syncBodyFile], ["post-log", "/write", tokensFile, bodyFile]),
    // After the write: it empties Redis while measured, which would otherwise leave the write run every session to read anew.
    ["GET /stats"] = new("database read", ["get", "/v1/stats", tokensFile], ["get-id", "/read/", numbersFile, tokensFile]),
    ["POST /auth/login"] = new("password hashing", ["post-login", "/v1/auth/login", emailsFile, Seeder.Password], ["post-login", "/login", emailsFile, Seeder.Password]),
};

if (options.SoakMinutes > 0)
{
    await SoakAsync(TimeSpan.FromMinutes(options.SoakMinutes), options.Connections.Max());
    return;
}

var growthReads = new[] { "GET /workouts/today", "GET /exercises", "GET /exercises/{id}", "GET /stats (cached)", "GET /stats" };
Dictionary<string, WrkResult> growthSmall = [], growthLarge = [];
const long SmallRows = 1_000;
Log($"growing to {SmallRows} exercise-log rows");
await seeder.GrowExerciseLogsAsync(users, body, SmallRows);
var smallCount = await seeder.CountAsync("progress.exercise_logs");
await WarmAsync();
// One unmeasured pass first: the API's code is still being compiled to its final tier, which would favour the later, large run.
// 10 s each: with 3 s the small run of 2026-12-06 22:14 was still 30-60 % slower than the large one on every cached read.
foreach (var name in growthReads)
{
    await Wrk.RunAsync(script, api.Url, 64, TimeSpan.FromSeconds(10), scenarios[name].Api);
}

foreach (var name in growthReads)
{
    growthSmall[name] = await MeasureAsync(scenarios[name].Api, api, 64, scenarios[name].Kind == "database read");
}

Log($"growing to {options.LogRows} exercise-log rows");
await seeder.GrowExerciseLogsAsync(users, body, options.LogRows);
var largeCount = await seeder.CountAsync("progress.exercise_logs");
await WarmAsync();
foreach (var name in growthReads)
{
    growthLarge[name] = await MeasureAsync(scenarios[name].Api, api, 64, scenarios[name].Kind == "database read");
}

Log("preparing the baseline with payloads of the API's sizes");
await PrepareBaselineAsync();
var baselineDll = Path.Combine(root, "bench", "CaliFlow.Bench.Baseline", "bin", "Release", "net10.0", "CaliFlow.Bench.Baseline.dll");
await using var baseline = await Server.StartAsync(baselineDll, "http://127.0.0.1:5091", "/health", new Dictionary<string, string>
{
    ["ConnectionStrings__Postgres"] = postgres,
    // Its own database: the API's is flushed between runs, and the baseline's payloads must stay.
    ["ConnectionStrings__Redis"] = baselineRedis,
}, Path.Combine(work, "baseline.log"));

// The write path has not run yet: one unmeasured write run lets its code reach its final tier, as the reads' passes did.
await Wrk.RunAsync(script, api.Url, 64, TimeSpan.FromSeconds(10), scenarios["POST /workout-logs"].Api);

var runs = new List<Run>();
var deliveries = new List<Delivery>();
foreach (var connections in options.Connections)
{
    await WarmAsync(); // the previous round cached the stats and its writes moved some users' today's workout
    foreach (var (name, scenario) in scenarios)
    {
        using var watchingOutbox = new CancellationTokenSource();
        var mostPending = scenario.Kind == "write" ? MostPendingAsync(watchingOutbox.Token) : Task.FromResult(0L);
        var apiResult = await MeasureAsync(scenario.Api, api, connections, scenario.Kind == "database read");
        await watchingOutbox.CancelAsync();
        if (scenario.Kind == "write")
        {
            // What the run left behind is then delivered with nothing else running: the delivery rate on its own.
            var pendingAtEnd = await PendingEventsAsync();
            var drain = System.Diagnostics.Stopwatch.StartNew();
            await OutboxDrainedAsync();
            deliveries.Add(new Delivery(connections, apiResult.RequestsPerSecond, await mostPending, pendingAtEnd, drain.Elapsed));
        }

        var baselineResult = await MeasureAsync(scenario.Baseline, baseline, connections);
        runs.Add(new Run(name, scenario.Kind, connections, apiResult, baselineResult));
        Log($"{connections,5} {name,-36} api {apiResult.RequestsPerSecond,9:0} req/s p99 {apiResult.P99Us / 1000d,7:0.0} ms | baseline {baselineResult.RequestsPerSecond,9:0} req/s | {apiResult.RequestsPerSecond / baselineResult.RequestsPerSecond,5:P0} errors {apiResult.Errors} timeouts {apiResult.Timeout} | CPU {apiResult.CpuUsPerRequest:0} vs {baselineResult.CpuUsPerRequest:0} µs/req");
    }
}

var report = new Report(
    DateTimeOffset.UtcNow, Environment.ProcessorCount, options, users.Count, largeCount, smallCount, planTimer.Elapsed, api.PeakMemoryMiB(),
    runs, [.. growthReads.Select(n => new Growth(n, growthSmall[n], growthLarge[n]))], deliveries);
await File.WriteAllTextAsync(Path.Combine(results, "latest.md"), report.ToMarkdown());
await File.WriteAllTextAsync(Path.Combine(results, "latest.json"), JsonSerializer.Serialize(report, Indented));
Log($"report written to bench/results/latest.md (work files in {work})");
return;


// The soak (bench/soak.sh): the data set grown to --log-rows, then the mix of Soak.Mix at once for the whole duration, the
// API's memory and the pending events sampled every 30 s, and the outbox drained at the end.
async Task SoakAsync(TimeSpan duration, int connections)
{
    Log($"growing to {options.LogRows} exercise-log rows");
    await seeder.GrowExerciseLogsAsync(users, body, options.LogRows);
    var rows = await seeder.CountAsync("progress.exercise_logs");
    await WarmAsync();
    var today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    var mix = Soak.Mix(
        tokensFile, idsFile, bodyFile,
        Write("sync5.json", [$"{{\"logs\":[{string.Join(',', Enumerable.Repeat(body, 5))}]}}"]),
        Write("check-in.json", ["{\"id\":\"$ID\",\"sleep\":3,\"energy\":4,\"soreness\":2,\"stress\":3,\"motivation\":4,\"perceivedDifficulty\":3}"]),
        Write("coach.json", ["{\"content\":\"How do I get my first pull-up?\"}"]),
        WriteBytes("photo.multipart", Soak.PhotoUpload()));
    var soakScript = Path.Combine(root, "bench", "wrk", "soak.lua");
    Log($"soak: {connections} connections for {duration.TotalMinutes:0} minutes ({string.Join(", ", mix.Select(k => $"{k.Name} {k.ConnectionsOf(connections)}"))})");

    // Like the load runs, a warm-up first: the same mix for 20 s, unmeasured, so every kind's code is compiled and every
    // user's session answer is cached before the clock starts (cold, the first wave of 1000 requests took over 10 s).
    await Task.WhenAll(mix.Select(kind => Wrk.RunAsync(
        soakScript, api.Url, kind.ConnectionsOf(connections), TimeSpan.FromSeconds(20), [.. kind.Arguments, $"allow={kind.Allowed}"], threads: 1)));

    var memory = new List<MemorySample>();
    var clock = System.Diagnostics.Stopwatch.StartNew();
    using var stopSampling = new CancellationTokenSource();
    var sampling = Task.Run(async () =>
    {
        while (!stopSampling.IsCancellationRequested)
        {
            memory.Add(new MemorySample(clock.Elapsed, api.MemoryMiB(), await PendingEventsAsync()));
            Log($"soak {clock.Elapsed:mm\\:ss}: API {memory[^1].RssMiB:0} MiB, {memory[^1].PendingEvents} events pending");
            try
            {
                await Task.Delay(TimeSpan.FromSeconds(30), stopSampling.Token);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
    });
    var runs = await Task.WhenAll(mix.Select(async kind =>
        new SoakResult(kind, kind.ConnectionsOf(connections), await Wrk.RunAsync(
            soakScript, api.Url, kind.ConnectionsOf(connections), duration, [.. kind.Arguments, $"allow={kind.Allowed}"], threads: 1))));
    await stopSampling.CancelAsync();
    await sampling;
    memory.Add(new MemorySample(clock.Elapsed, api.MemoryMiB(), await PendingEventsAsync()));

    var pendingAtEnd = await PendingEventsAsync();
    var drain = System.Diagnostics.Stopwatch.StartNew();
    await OutboxDrainedAsync();
    var drained = await PendingEventsAsync() == 0;
    var markdown = Soak.ToMarkdown(DateTimeOffset.UtcNow, users.Count, rows, connections, duration, runs, memory, pendingAtEnd, drain.Elapsed, drained);
    await File.WriteAllTextAsync(Path.Combine(results, "soak.md"), markdown);
    Log($"soak report written to bench/results/soak.md (work files in {work})");
    Console.WriteLine(markdown);
}

async Task<WrkResult> MeasureAsync(string[] arguments, Server server, int connections, bool databaseRead = false)
{
    await OutboxDrainedAsync();
    // A database read must stay one while it is measured: the API caches each answer it computes, so its Redis database is
    // emptied every 50 ms meanwhile (sessions stay in the API's in-process copies; a user is asked for about once a second).
    using var stopFlushing = new CancellationTokenSource();
    var flushing = databaseRead && server == api ? FlushContinuouslyAsync(stopFlushing.Token) : Task.CompletedTask;
    await Wrk.RunAsync(script, server.Url, Math.Min(connections, 64), options.Warmup, arguments);
    var cpuBefore = server.CpuTime();
    var result = await Wrk.RunAsync(script, server.Url, connections, options.Duration, arguments);
    var cpu = server.CpuTime() - cpuBefore;
    await stopFlushing.CancelAsync();
    await flushing;
    return result with { CpuUsPerRequest = result.Requests == 0 ? double.NaN : cpu.TotalMicroseconds / result.Requests };
}

async Task PrepareBaselineAsync()
{
    var user = users[1];
    var today = await GetBytesAsync("/v1/workouts/today", user.Token);
    var exercises = await GetBytesAsync("/v1/exercises", user.Token);
    var exercise = await GetBytesAsync($"/v1/exercises/{exerciseIds[0]}", user.Token);
    var stats = await GetBytesAsync("/v1/stats", user.Token);
    var login = await (await http.PostAsync("/v1/auth/login", JsonBody(new { email = user.Email, password = Seeder.Password }))).Content.ReadAsByteArrayAsync();
    var cache = multiplexer.GetDatabase(BaselineDatabase);
    await cache.StringSetAsync("baseline:stats", stats);
    await cache.StringSetAsync("baseline:today", today);
    await cache.StringSetAsync("baseline:exercises", exercises);
    await cache.StringSetAsync("baseline:exercise", exercise);
    await cache.StringSetAsync("baseline:etag", etag);

    await using var batch = dataSource.CreateBatch();
    batch.BatchCommands.Add(new NpgsqlBatchCommand("DROP SCHEMA IF EXISTS baseline CASCADE"));
    batch.BatchCommands.Add(new NpgsqlBatchCommand("CREATE SCHEMA baseline"));
    batch.BatchCommands.Add(new NpgsqlBatchCommand("CREATE TABLE baseline.documents (n int PRIMARY KEY, payload bytea NOT NULL)"));
    batch.BatchCommands.Add(new NpgsqlBatchCommand("CREATE TABLE baseline.writes (id uuid PRIMARY KEY, body jsonb NOT NULL)"));
    batch.BatchCommands.Add(new NpgsqlBatchCommand("CREATE TABLE baseline.accounts (email text PRIMARY KEY, password_hash text NOT NULL, token bytea NOT NULL)"));
    batch.BatchCommands.Add(new NpgsqlBatchCommand("INSERT INTO baseline.documents SELECT n, $1 FROM generate_series(0, $2 - 1) n")
    {
        Parameters = { new NpgsqlParameter<byte[]> { TypedValue = stats }, new NpgsqlParameter<int> { TypedValue = users.Count } },
    });
    batch.BatchCommands.Add(new NpgsqlBatchCommand("INSERT INTO baseline.accounts SELECT email, password_hash, $1 FROM users.users")
    {
        Parameters = { new NpgsqlParameter<byte[]> { TypedValue = login } },
    });
    batch.BatchCommands.Add(new NpgsqlBatchCommand("ANALYZE"));
    await batch.ExecuteNonQueryAsync();
}

async Task<byte[]> GetBytesAsync(string path, string token)
{
    // The API may still be working off the previous run's backlog: a few tries before giving up.
    for (var attempt = 1; ; attempt++)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var response = await http.SendAsync(request);
        if (response.IsSuccessStatusCode || attempt == 5)
        {
            response.EnsureSuccessStatusCode();
            return await response.Content.ReadAsByteArrayAsync();
        }

        await Task.Delay(TimeSpan.FromSeconds(5));
    }
}

async Task<List<string>> ExerciseIdsAsync(string token)
{
    var page = JsonSerializer.Deserialize<JsonElement>(await GetBytesAsync("/v1/exercises?limit=100", token));
    return [.. page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetString()!)];
}

async Task<string> ExercisesETagAsync(string token)
{
    using var request = new HttpRequestMessage(HttpMethod.Get, "/v1/exercises");
    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
    var response = await http.SendAsync(request);
    return response.Headers.ETag!.ToString();
}

// The steady state the reads are measured in: every user's stats row exists (seeded logs were copied in with SQL, so the first
// read builds it, as after a deployment) and every user's stats and today's workout are cached, which makes them the cached
// reads they are meant to be once a user has opened the app. (The database-read row empties Redis while it runs.)
async Task WarmAsync()
{
    Log($"warming: building and caching every user's stats, then caching every user's today's workout");
    await FlushAsync(); // a stats answer cached earlier would skip building the row
    await ForEveryUserAsync("/v1/stats");
    await ForEveryUserAsync("/v1/workouts/today");
}

async Task ForEveryUserAsync(string path) =>
    await Parallel.ForEachAsync(users, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (user, token) =>
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", user.Token);
        using var response = await http.SendAsync(request, token);
        response.EnsureSuccessStatusCode();
    });

// Writes leave integration events for the other modules; each run starts once the previous one's are delivered, so that no run
// pays for another's background work.
async Task OutboxDrainedAsync()
{
    for (var waited = 0; waited < 1200; waited++)
    {
        if (await PendingEventsAsync() == 0)
        {
            return;
        }

        await Task.Delay(TimeSpan.FromMilliseconds(250));
    }

    Log("the outbox still had events after 5 minutes; measuring anyway");
}

async Task<long> PendingEventsAsync()
{
    const string Pending = """
        SELECT (SELECT count(*) FROM progress.outbox_messages WHERE processed_at IS NULL)
             + (SELECT count(*) FROM programming.outbox_messages WHERE processed_at IS NULL)
             + (SELECT count(*) FROM gamification.outbox_messages WHERE processed_at IS NULL)
             + (SELECT count(*) FROM users.outbox_messages WHERE processed_at IS NULL)
        """;
    await using var command = dataSource.CreateCommand(Pending);
    return (long)(await command.ExecuteScalarAsync())!;
}

// The largest backlog seen while a write run is measured, sampled every second: bounded when delivery keeps up.
async Task<long> MostPendingAsync(CancellationToken stop)
{
    long most = 0;
    while (!stop.IsCancellationRequested)
    {
        most = Math.Max(most, await PendingEventsAsync());
        try
        {
            await Task.Delay(TimeSpan.FromSeconds(1), stop);
        }
        catch (OperationCanceledException)
        {
            break;
        }
    }

    return most;
}

async Task FlushContinuouslyAsync(CancellationToken stop)
{
    while (!stop.IsCancellationRequested)
    {
        await FlushAsync();
        try
        {
            await Task.Delay(TimeSpan.FromMilliseconds(50), stop);
        }
        catch (OperationCanceledException)
        {
            return;
        }
    }
}

async Task FlushAsync()
{
    foreach (var endpoint in multiplexer.GetEndPoints())
    {
        await multiplexer.GetServer(endpoint).FlushDatabaseAsync(1);
    }
}

string Write(string name, IEnumerable<string> lines)
{
    var path = Path.Combine(work, name);
    File.WriteAllLines(path, lines);
    return path;
}

string WriteBytes(string name, byte[] bytes)
{
    var path = Path.Combine(work, name);
    File.WriteAllBytes(path, bytes);
    return path;
}

static StringContent JsonBody(object value) => new(JsonSerializer.Serialize(value), System.Text.Encoding.UTF8, "application/json");

static void Log(string message) => Console.WriteLine($"[{DateTime.Now:HH:mm:ss}] {message}");

static string FindRoot()
{
    var directory = new DirectoryInfo(AppContext.BaseDirectory);
    while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CaliFlow.sln")))
    {
        directory = directory.Parent;
    }

    return directory?.FullName ?? throw new InvalidOperationException("Run the benchmark from inside the repository.");
}

internal static partial class Program
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals, // a ratio to a baseline that served nothing
    };
}

internal sealed record Scenario(string Kind, string[] Api, string[] Baseline);

internal sealed record Options(int Users, long LogRows, TimeSpan Duration, TimeSpan Warmup, int[] Connections, int SoakMinutes)
{
    public static Options Parse(string[] args)
    {
        string? Value(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        return new Options(
            int.Parse(Value("--users") ?? "10000", CultureInfo.InvariantCulture),
            long.Parse(Value("--log-rows") ?? "1000000", CultureInfo.InvariantCulture),
            TimeSpan.FromSeconds(int.Parse(Value("--seconds") ?? "10", CultureInfo.InvariantCulture)),
            TimeSpan.FromSeconds(3),
            [.. (Value("--connections") ?? "64,1000").Split(',').Select(c => int.Parse(c, CultureInfo.InvariantCulture))],
            int.Parse(Value("--soak-minutes") ?? "0", CultureInfo.InvariantCulture));
    }
}
