using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Npgsql;
using StackExchange.Redis;

// A bare Kestrel app that does only the I/O behind each of the API's hot endpoints, with payloads of the same size, so the load
// benchmark can report every API result as a share of what the stack itself allows on this machine:
//   GET  /cached/{name}   one Redis GET (today's workout, the exercise library, an exercise)
//   GET  /read/{n}        one primary-key PostgreSQL read (stats computed from the database)
//   POST /write           one PostgreSQL insert of the request body (a workout log)
//   POST /login           one indexed read and a password-hash check (sign-in)
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
await using var dataSource = NpgsqlDataSource.Create(builder.Configuration.GetConnectionString("Postgres")!);
var redis = await ConnectionMultiplexer.ConnectAsync(builder.Configuration.GetConnectionString("Redis")!);
var cache = redis.GetDatabase();
var hasher = new PasswordHasher<object>();
var account = new object();

var app = builder.Build();

app.MapGet("/health", () => Results.Ok());

app.MapGet("/cached/{name}", async (string name) =>
{
    byte[]? payload = await cache.StringGetAsync($"baseline:{name}");
    return payload is null ? Results.NotFound() : Results.Bytes(payload, "application/json");
});

app.MapGet("/read/{n:int}", async (int n) =>
{
    await using var command = dataSource.CreateCommand("SELECT payload FROM baseline.documents WHERE n = $1");
    command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = n });
    var payload = (byte[]?)await command.ExecuteScalarAsync();
    return payload is null ? Results.NotFound() : Results.Bytes(payload, "application/json");
});

app.MapPost("/write", async (HttpRequest request) =>
{
    using var body = new MemoryStream();
    await request.Body.CopyToAsync(body);
    await using var command = dataSource.CreateCommand("INSERT INTO baseline.writes (id, body) VALUES ($1, $2::jsonb)");
    command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = Guid.CreateVersion7() });
    command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = System.Text.Encoding.UTF8.GetString(body.GetBuffer(), 0, (int)body.Length) });
    await command.ExecuteNonQueryAsync();
    return Results.Bytes(body.ToArray(), "application/json");
});

app.MapPost("/login", async (HttpRequest request) =>
{
    var credentials = await JsonSerializer.DeserializeAsync<JsonElement>(request.Body);
    await using var command = dataSource.CreateCommand("SELECT password_hash, token FROM baseline.accounts WHERE email = $1");
    command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = credentials.GetProperty("email").GetString()! });
    await using var reader = await command.ExecuteReaderAsync();
    if (!await reader.ReadAsync())
    {
        return Results.Unauthorized();
    }

    var verified = hasher.VerifyHashedPassword(account, reader.GetString(0), credentials.GetProperty("password").GetString()!);
    return verified == PasswordVerificationResult.Failed ? Results.Unauthorized() : Results.Bytes(await reader.GetFieldValueAsync<byte[]>(1), "application/json");
});

await app.RunAsync();
