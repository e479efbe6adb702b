using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CaliFlow.IntegrationTests.Infrastructure;
using CaliFlow.Modules.Platform.Contracts;
using CaliFlow.Modules.Platform.Privacy;
using CaliFlow.Tests.Images;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;
using Shouldly;
using SkiaSharp;

namespace CaliFlow.IntegrationTests.Platform;

/// <summary>
/// GET /me/export gathers the user's data from every module; DELETE /me leads, after the grace period, to a purge that removes
/// it everywhere (photo files included), keeps other users' data, and can run again harmlessly.
/// A clock of its own (30 days pass) and a database of its own.
/// </summary>
public sealed class PrivacyTests : IAsyncLifetime
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly CaliFlowApp _app;

    public PrivacyTests() => _app = new CaliFlowApp(
        settings: new Dictionary<string, string?>
        {
            // The tests run the purge jobs themselves.
            ["Privacy:PurgeInterval"] = "40.00:00:00",
            ["Photos:PurgeInterval"] = "40.00:00:00",
        },
        services: s => s.AddSingleton<TimeProvider>(_clock));

    public ValueTask InitializeAsync() => _app.InitializeAsync();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private Task Eventually(Func<Task<bool>> condition) => PlatformTestHelpers.Eventually(condition, () => _clock.Advance(TimeSpan.FromMilliseconds(100)));

    /// <summary>
    /// A user with something in every module: profile, nutrition targets, a plan, an assessment, a workout (and the achievement counters it
    /// feeds), a metric, a photo, a check-in, a question to the coach, a checkout, an access token, a calendar feed.
    /// </summary>
    private async Task<TestUser> UserWithDataEverywhereAsync()
    {
        var user = await _app.CreateUserAsync();
        (await user.Client.PatchAsJsonAsync("/v1/me/profile", new
        {
            sex = "female", dateOfBirth = "1994-05-01", heightCm = 168, weightKg = 62, trainingDaysPerWeek = 3, goals = new[] { "strength" },
        }, _ct)).EnsureSuccessStatusCode();
        (await user.Client.PostAsJsonAsync("/v1/plans", new { }, _ct)).EnsureSuccessStatusCode();
        (await user.Client.PostAsJsonAsync("/v1/assessments", new { pushUps = new { maxReps = 12 } }, _ct)).EnsureSuccessStatusCode();
        (await user.Client.PostAsJsonAsync("/v1/workout-logs", new
        {
            id = Guid.CreateVersion7(),
            performedOn = DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime),
            exercises = new object[] { new { exercise = "push-up", sets = new[] { new { reps = 10 }, new { reps = 8 } } } },
        }, _ct)).EnsureSuccessStatusCode();
        (await user.Client.PostAsJsonAsync("/v1/metrics", new
        {
            type = "body-weight", recordedOn = DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime), bodyWeight = new { weightKg = 61.5 },
        }, _ct)).EnsureSuccessStatusCode();
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(TestImages.Encode(64, 64, SKEncodedImageFormat.Jpeg));
        file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        form.Add(file, "file", "front.jpg");
        form.Add(new StringContent(DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), "takenOn");
        (await user.Client.PostAsync("/v1/photos", form, _ct)).EnsureSuccessStatusCode();
        (await user.Client.PostAsJsonAsync("/v1/check-ins", new
        {
            sleep = 3, energy = 3, soreness = 3, stress = 3, motivation = 3, perceivedDifficulty = 3, pain = new { knee = 2 },
        }, _ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await user.Client.PostAsJsonAsync("/v1/coach/messages", new { content = "what's my streak?" }, _ct)).EnsureSuccessStatusCode();
        (await user.Client.PostAsJsonAsync("/v1/billing/checkout", new { plan = "monthly" }, _ct)).EnsureSuccessStatusCode();
        (await user.Client.PostAsJsonAsync("/v1/me/tokens", new { name = "watch", scopes = new[] { "logs:write" }, currentPassword = user.Password }, _ct))
            .EnsureSuccessStatusCode();
        (await user.Client.PostAsync("/v1/calendar/feed", null, _ct)).EnsureSuccessStatusCode();
        await Eventually(async () => (await user.Client.GetAsync("/v1/nutrition/targets", _ct)).StatusCode == HttpStatusCode.OK);
        await Eventually(async () => await _app.ScalarAsync<long>("SELECT count(*) FROM gamification.user_counters WHERE user_id = $1", user.Id) > 0);
        return user;
    }

    [Fact]
    public async Task The_export_is_a_download_with_every_modules_data_and_no_secrets()
    {
        var user = await UserWithDataEverywhereAsync();

        var response = await user.Client.GetAsync("/v1/me/export", _ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        var text = await response.Content.ReadAsStringAsync(_ct);
        text.ShouldNotContain("passwordHash", Case.Insensitive);
        text.ShouldNotContain("tokenHash", Case.Insensitive);
        text.ShouldNotContain(user.Tokens.RefreshToken);

        var export = JsonDocument.Parse(text).RootElement;
        export.GetProperty("userId").GetGuid().ShouldBe(user.Id);
        var sections = export.GetProperty("sections");
        sections.GetProperty("users").GetProperty("account").GetProperty("email").GetString().ShouldBe(user.Email);
        sections.GetProperty("users").GetProperty("account").GetProperty("profile").GetProperty("heightCm").GetDecimal().ShouldBe(168);
        sections.GetProperty("users").GetProperty("accessTokens")[0].GetProperty("name").GetString().ShouldBe("watch");
        sections.GetProperty("programming").GetProperty("calendarFeed").GetProperty("createdAt").ValueKind.ShouldBe(JsonValueKind.String);
        text.ShouldNotContain("cfc_");
        sections.GetProperty("programming").GetProperty("plans").GetArrayLength().ShouldBe(1);
        sections.GetProperty("programming").GetProperty("plans")[0].GetProperty("sessions").GetArrayLength().ShouldBeGreaterThan(0);
        sections.GetProperty("programming").GetProperty("assessments")[0].GetProperty("results").GetArrayLength().ShouldBe(1);
        var progress = sections.GetProperty("progress");
        progress.GetProperty("workoutLogs").GetArrayLength().ShouldBe(1);
        progress.GetProperty("workoutLogs")[0].GetProperty("exercises").GetArrayLength().ShouldBe(1);
        progress.GetProperty("metrics").GetArrayLength().ShouldBe(1);
        progress.GetProperty("photos").GetArrayLength().ShouldBe(1);
        sections.GetProperty("nutrition").GetProperty("targets").GetArrayLength().ShouldBeGreaterThan(0);
        sections.GetProperty("billing").GetProperty("checkouts").GetArrayLength().ShouldBe(1);
        sections.GetProperty("coaching").GetProperty("checkIns").GetArrayLength().ShouldBe(1);
        sections.GetProperty("coaching").GetProperty("messages").GetArrayLength().ShouldBe(2); // the question and the reply
        sections.GetProperty("gamification").GetProperty("countedFacts").GetArrayLength().ShouldBeGreaterThan(0);

        await Eventually(async () => await _app.ScalarAsync<long>(
            "SELECT count(*) FROM system.audit_logs WHERE action = $1 AND actor_id = $2", AuditActions.DataExported, user.Id) == 1);
    }

    [Fact]
    public async Task A_deleted_account_is_purged_everywhere_after_the_grace_period_and_a_second_purge_changes_nothing()
    {
        var user = await UserWithDataEverywhereAsync();
        var bystander = await UserWithDataEverywhereAsync();
        Directory.GetFiles(_app.PhotoFolder, "*", SearchOption.AllDirectories).Length.ShouldBe(4); // two photos and their thumbnails
        var job = _app.Services.GetRequiredService<PersonalDataPurgeJob>();

        (await user.DeleteAccountAsync(_ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await Eventually(async () => await _app.ScalarAsync<long>("SELECT count(*) FROM system.purge_requests WHERE user_id = $1", user.Id) == 1);
        (await job.PurgeDueAsync(_ct)).ShouldBe(0); // still within the grace period
        (await RowsOfAsync(user.Id)).ShouldBeGreaterThan(0);

        _clock.Advance(TimeSpan.FromDays(30) + TimeSpan.FromMinutes(1));
        (await job.PurgeDueAsync(_ct)).ShouldBe(1);

        (await RowsOfAsync(user.Id)).ShouldBe(0);
        (await _app.ScalarAsync<long>("SELECT count(*) FROM users.users WHERE id = $1", user.Id)).ShouldBe(0);
        (await RowsOfAsync(bystander.Id)).ShouldBeGreaterThan(0);
        Directory.GetFiles(_app.PhotoFolder, "*", SearchOption.AllDirectories).Length.ShouldBe(2); // the bystander's
        (await _app.ScalarAsync<DateTime?>("SELECT completed_at FROM system.purge_requests WHERE user_id = $1", user.Id)).ShouldNotBeNull();

        // Safe to run twice: the job finds nothing due, and every module's purge again is a no-op.
        (await job.PurgeDueAsync(_ct)).ShouldBe(0);
        await using (var scope = _app.Services.CreateAsyncScope())
        {
            foreach (var module in scope.ServiceProvider.GetServices<IPersonalData>())
            {
                await module.PurgeAsync(user.Id, _ct);
            }
        }

        (await RowsOfAsync(bystander.Id)).ShouldBeGreaterThan(0);
        await Eventually(async () => await _app.ScalarAsync<long>(
            "SELECT count(*) FROM system.audit_logs WHERE action = $1 AND subject_id = $2", AuditActions.AccountPurged, user.Id.ToString()) == 1);
        // The audit log keeps the account's history (append-only); it names the account only by its id.
        (await _app.ScalarAsync<long>("SELECT count(*) FROM system.audit_logs WHERE actor_id = $1", user.Id)).ShouldBeGreaterThan(0);
    }

    /// <summary>
    /// Rows that belong to the user in every table of every module that has a user_id column: all but the audit log (kept, see
    /// README) and the purge request itself (the record that the purge happened).
    /// </summary>
    private async Task<long> RowsOfAsync(Guid userId)
    {
        var tables = new List<string>();
        await using (var connection = new NpgsqlConnection(TestServices.PostgresConnectionString(_app.Database)))
        {
            await connection.OpenAsync(_ct);
            await using var command = new NpgsqlCommand(
                """
                SELECT format('%I.%I', table_schema, table_name) FROM information_schema.columns
                WHERE column_name = 'user_id' AND table_schema IN ('users', 'exercises', 'programming', 'progress', 'nutrition', 'coaching', 'gamification', 'system')
                  AND table_name NOT IN ('audit_logs', 'purge_requests')
                """, connection);
            await using var reader = await command.ExecuteReaderAsync(_ct);
            while (await reader.ReadAsync(_ct))
            {
                tables.Add(reader.GetString(0));
            }
        }

        tables.Count.ShouldBeGreaterThan(10);
        var found = new Dictionary<string, long> { ["users.users"] = await _app.ScalarAsync<long>("SELECT count(*) FROM users.users WHERE id = $1", userId) };
        foreach (var table in tables)
        {
            found[table] = await _app.ScalarAsync<long>($"SELECT count(*) FROM {table} WHERE user_id = $1", userId);
        }

        TestContext.Current.TestOutputHelper?.WriteLine(string.Join(", ", found.Where(f => f.Value > 0).Select(f => $"{f.Key}: {f.Value}")));
        return found.Values.Sum();
    }
}
