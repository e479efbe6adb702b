using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CaliFlow.IntegrationTests.Infrastructure;
using Shouldly;

namespace CaliFlow.IntegrationTests.Progress;

/// <summary>
/// Imports of the sample exports in ImportSamples/ (written by hand to each app's documented columns): the dry run, the commit
/// with the user's choices, the background writing, re-imports that create nothing, and the CSV export read back.
/// </summary>
public sealed class ImportTests(CaliFlowApp app)
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_strong_export_in_pounds_is_previewed_committed_with_choices_written_in_the_background_and_never_twice()
    {
        var user = await app.CreateUserAsync();
        var preview = await PreviewAsync(user, "strong.csv", weightUnit: "lb");
        preview.GetProperty("format").GetString().ShouldBe("strong");
        preview.GetProperty("weightUnit").GetString().ShouldBe("lb");
        preview.GetProperty("status").GetString().ShouldBe("previewed");
        preview.GetProperty("workouts").GetInt32().ShouldBe(3);
        preview.GetProperty("alreadyImported").GetInt32().ShouldBe(0);
        preview.GetProperty("from").GetString().ShouldBe("2024-03-04");
        preview.GetProperty("to").GetString().ShouldBe("2024-03-08");
        // The warm-up (line 2), the rest timer (line 5) and the walk with a distance only (line 9).
        Skipped(preview).ShouldBe([(2, "a warm-up set"), (5, "a rest timer"), (9, "no reps or time (distance-only sets are not imported)")]);
        var matches = Matches(preview);
        matches["Pull Up"].ShouldBe(("exact", "pull-up"));
        matches["Pull Up (Assisted)"].ShouldBe(("exact", "pull-up"));
        matches["Ring Dips (Weighted)"].ShouldBe(("exact", "ring-dip"));
        matches["Plank"].ShouldBe(("exact", "plank"));
        matches["Pistol Squat"].ShouldBe(("exact", "pistol-squat")); // not the assisted pistol squat, whose name holds it
        matches["Bench Press (Barbell)"].Match.ShouldBe("unmatched");
        (await user.Client.GetFromJsonAsync<JsonElement>("/v1/workout-logs", _ct)).GetProperty("items").GetArrayLength().ShouldBe(0);

        // An unmatched name needs a choice.
        var undecided = await user.Client.PostAsJsonAsync($"/v1/imports/{Id(preview)}/commit", new { exercises = Array.Empty<object>() }, _ct);
        undecided.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await undecided.Content.ReadAsStringAsync(_ct)).ShouldContain("Bench Press (Barbell)");

        var done = await CommitAsync(user, preview, new { name = "Bench Press (Barbell)", skip = true });
        done.GetProperty("progress").GetProperty("created").GetInt32().ShouldBe(3);
        done.GetProperty("progress").GetProperty("processed").GetInt32().ShouldBe(3);

        var logs = await LogsAsync(user);
        logs.Count.ShouldBe(3);
        var upperA = logs.Single(l => l.GetProperty("performedOn").GetString() == "2024-03-04");
        upperA.GetProperty("durationMinutes").GetInt32().ShouldBe(65);
        upperA.GetProperty("notes").GetString().ShouldBe("Felt strong");
        (await SlugsAsync(upperA)).ShouldBe(["pull-up", "ring-dip", "plank"]);
        var pullUps = Sets(upperA, 0);
        pullUps.Select(s => s.GetProperty("reps").GetInt32()).ShouldBe([8, 7]);
        pullUps.Select(s => s.GetProperty("rpe").GetDecimal()).ShouldBe([8m, 8.5m]);
        Sets(upperA, 1)[0].GetProperty("addedWeightKg").GetDecimal().ShouldBe(10.21m); // 22.5 lb
        Sets(upperA, 2)[0].GetProperty("holdSeconds").GetInt32().ShouldBe(60);
        (await SlugsAsync(logs.Single(l => l.GetProperty("performedOn").GetString() == "2024-03-06"))).ShouldBe(["pistol-squat"]);
        var upperB = logs.Single(l => l.GetProperty("performedOn").GetString() == "2024-03-08");
        (await SlugsAsync(upperB)).ShouldBe(["pull-up", "chin-up", "push-up"]);
        Sets(upperB, 0)[0].GetProperty("assistanceKg").GetDecimal().ShouldBe(13.61m); // the assisted machine's 30 lb
        Sets(upperB, 1)[0].GetProperty("addedWeightKg").GetDecimal().ShouldBe(4.54m); // 10 lb added

        var stats = await user.Client.GetFromJsonAsync<JsonElement>("/v1/stats", _ct);
        stats.GetProperty("workouts").GetInt32().ShouldBe(3);

        // The same file again: every workout is known, and a commit creates nothing.
        var again = await PreviewAsync(user, "strong.csv", weightUnit: "lb");
        again.GetProperty("alreadyImported").GetInt32().ShouldBe(3);
        again.GetProperty("progress").GetProperty("total").GetInt32().ShouldBe(0);
        var redone = await CommitAsync(user, again, new { name = "Bench Press (Barbell)", skip = true });
        redone.GetProperty("progress").GetProperty("created").GetInt32().ShouldBe(0);
        (await LogsAsync(user)).Count.ShouldBe(3);

        // Committed once only, and the import is its owner's alone.
        (await user.Client.PostAsJsonAsync($"/v1/imports/{Id(preview)}/commit", new { }, _ct)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var stranger = await app.CreateUserAsync();
        (await stranger.Client.GetAsync($"/v1/imports/{Id(preview)}", _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.Client.PostAsJsonAsync($"/v1/imports/{Id(again)}/commit", new { }, _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Imported_workouts_count_quietly_no_notification_each_but_one_summary_event()
    {
        var user = await app.CreateUserAsync();
        await CommitAsync(user, await PreviewAsync(user, "strong.csv", weightUnit: "lb"), new { name = "Bench Press (Barbell)", skip = true });

        // Achievements were earned (the first workout at least) and counted, but none was announced on its own.
        await Eventually(async () => await app.ScalarAsync<long>(
            "SELECT count(*) FROM gamification.user_achievements WHERE user_id = $1 AND unlocked_at IS NOT NULL", user.Id) > 0);
        (await app.ScalarAsync<long>(
                "SELECT count(*) FROM gamification.outbox_messages WHERE type LIKE '%AchievementUnlocked%' AND payload->>'userId' = $1",
                user.Id.ToString()))
            .ShouldBe(0);
        (await app.ScalarAsync<long>(
                "SELECT count(*) FROM progress.outbox_messages WHERE type LIKE '%WorkoutsImported%' AND payload->>'userId' = $1",
                user.Id.ToString()))
            .ShouldBe(1);
    }

    [Fact]
    public async Task A_hevy_export_skips_warm_ups_matches_fuzzy_names_and_maps_the_unmatched_as_the_user_chose()
    {
        var user = await app.CreateUserAsync();
        var preview = await PreviewAsync(user, "hevy.csv");
        preview.GetProperty("format").GetString().ShouldBe("hevy");
        preview.GetProperty("weightUnit").GetString().ShouldBe("kg");
        preview.GetProperty("workouts").GetInt32().ShouldBe(2);
        Skipped(preview).ShouldBe([(2, "a warm-up set")]);
        var pike = preview.GetProperty("exercises").EnumerateArray().Single(e => e.GetProperty("name").GetString() == "Pike Pushups");
        pike.GetProperty("match").GetString().ShouldBe("fuzzy");
        pike.GetProperty("exercise").GetProperty("slug").GetString().ShouldBe("pike-push-up");
        pike.GetProperty("confidence").GetDecimal().ShouldBeInRange(0.85m, 0.99m);
        var run = preview.GetProperty("exercises").EnumerateArray().Single(e => e.GetProperty("name").GetString() == "Treadmill Run");
        run.GetProperty("match").GetString().ShouldBe("unmatched");

        // The user says the pike push-ups were really push-ups on a box, and leaves the run out.
        await CommitAsync(
            user, preview,
            new { name = "Pike Pushups", exercise = "feet-elevated-pike-push-up" },
            new { name = "Treadmill Run", skip = true });
        var logs = await LogsAsync(user);
        logs.Count.ShouldBe(2);
        var push = logs.Single(l => l.GetProperty("performedOn").GetString() == "2024-03-04");
        push.GetProperty("durationMinutes").GetInt32().ShouldBe(55);
        push.GetProperty("notes").GetString().ShouldBe("Morning session");
        (await SlugsAsync(push)).ShouldBe(["push-up", "feet-elevated-pike-push-up", "hollow-body-hold"]);
        Sets(push, 0).Select(s => s.GetProperty("reps").GetInt32()).ShouldBe([15, 12]);
        Sets(push, 2)[0].GetProperty("holdSeconds").GetInt32().ShouldBe(30);
        var pull = logs.Single(l => l.GetProperty("performedOn").GetString() == "2024-03-06");
        (await SlugsAsync(pull)).ShouldBe(["pull-up", "pull-up"]);
        Sets(pull, 0)[0].GetProperty("addedWeightKg").GetDecimal().ShouldBe(5m);
        Sets(pull, 1)[0].GetProperty("assistanceKg").GetDecimal().ShouldBe(15m);
    }

    [Fact]
    public async Task A_fitnotes_export_in_pounds_makes_a_workout_a_day_with_times_as_holds_and_negative_weight_as_assistance()
    {
        var user = await app.CreateUserAsync();
        var preview = await PreviewAsync(user, "fitnotes.csv");
        preview.GetProperty("format").GetString().ShouldBe("fitnotes");
        preview.GetProperty("weightUnit").GetString().ShouldBe("lb");
        preview.GetProperty("workouts").GetInt32().ShouldBe(2);
        Matches(preview)["Bulgarian Split Squats"].ShouldBe(("exact", "bulgarian-split-squat"));

        await CommitAsync(user, preview);
        var logs = await LogsAsync(user);
        var first = logs.Single(l => l.GetProperty("performedOn").GetString() == "2024-03-05");
        (await SlugsAsync(first)).ShouldBe(["pull-up", "plank"]);
        Sets(first, 1)[0].GetProperty("holdSeconds").GetInt32().ShouldBe(90);
        var second = logs.Single(l => l.GetProperty("performedOn").GetString() == "2024-03-07");
        Sets(second, 0)[0].GetProperty("assistanceKg").GetDecimal().ShouldBe(9.07m); // -20 lb
        Sets(second, 1)[0].GetProperty("addedWeightKg").GetDecimal().ShouldBe(11.34m); // 25 lb
    }

    [Fact]
    public async Task A_file_that_cannot_be_read_is_a_400_naming_the_line_and_column_and_nothing_is_kept()
    {
        var user = await app.CreateUserAsync();
        var malformed = await PostFileAsync(user, "malformed.csv", await File.ReadAllBytesAsync(Sample("malformed.csv"), _ct));
        malformed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await malformed.Content.ReadFromJsonAsync<JsonElement>(_ct);
        problem.GetProperty("errors").GetProperty("file")[0].GetString().ShouldBe("Line 3, column 'Reps': 'ten' is not a number.");

        var unknown = await PostFileAsync(user, "other.csv", "name,when\npush-ups,today\n"u8.ToArray());
        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await unknown.Content.ReadAsStringAsync(_ct)).ShouldContain("Strong, Hevy, FitNotes or CaliFlow");

        var badQuotes = await PostFileAsync(user, "quotes.csv", Encoding.UTF8.GetBytes(
            "Date,Exercise,Category,Weight (kgs),Reps,Distance,Distance Unit,Time,Comment\n2024-03-05,\"Pull Up,Back,0,8,,,,\n"));
        badQuotes.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await badQuotes.Content.ReadAsStringAsync(_ct)).ShouldContain("Line 2");

        var noUnit = await user.Client.PostAsync("/v1/imports", Form("strong.csv", await File.ReadAllBytesAsync(Sample("strong.csv"), _ct), "stone"), _ct);
        noUnit.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await app.ScalarAsync<long>("SELECT count(*) FROM progress.workout_imports WHERE user_id = $1", user.Id)).ShouldBe(0);
    }

    [Fact]
    public async Task The_csv_export_imports_back_to_the_same_workouts_and_into_its_own_account_creates_nothing()
    {
        var author = await app.CreateUserAsync();
        (await author.Client.PatchAsJsonAsync("/v1/me/profile", new { weightKg = 70 }, _ct)).EnsureSuccessStatusCode();
        await LogAsync(author, new
        {
            id = Guid.CreateVersion7(),
            performedOn = new DateOnly(2025, 1, 10),
            durationMinutes = 50,
            feeling = "great",
            notes = "=1+1, \"quoted\", and a comma",
            bodyWeightKg = 71.5m,
            exercises = new object[]
            {
                new { exercise = "pull-up", sets = new object[] { new { reps = 8, rpe = 8.5m, addedWeightKg = 5m }, new { reps = 6, assistanceKg = 10m } } },
                new { exercise = "l-sit", sets = new[] { new { holdSeconds = 25 } } },
                new { exercise = "pull-up", sets = new[] { new { reps = 4 } } },
            },
        });
        await LogAsync(author, new
        {
            id = Guid.CreateVersion7(),
            performedOn = new DateOnly(2025, 1, 12),
            exercises = new object[] { new { exercise = "push-up", sets = new[] { new { reps = 20 } } } },
        });
        var exported = await author.Client.GetAsync("/v1/exports/workouts.csv", _ct);
        exported.StatusCode.ShouldBe(HttpStatusCode.OK);
        exported.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        var csv = await exported.Content.ReadAsStringAsync(_ct);
        csv.ShouldContain("'=1+1"); // a spreadsheet shows it as text rather than running it

        var reader = await app.CreateUserAsync();
        var preview = await PreviewAsync(reader, "workouts.csv", Encoding.UTF8.GetBytes(csv));
        preview.GetProperty("format").GetString().ShouldBe("califlow");
        preview.GetProperty("workouts").GetInt32().ShouldBe(2);
        preview.GetProperty("exercises").EnumerateArray().ShouldAllBe(e => e.GetProperty("match").GetString() == "exact");
        await CommitAsync(reader, preview);
        var reexported = await reader.Client.GetStringAsync("/v1/exports/workouts.csv", _ct);
        WithoutWorkoutIds(reexported).ShouldBe(WithoutWorkoutIds(csv));

        // Back into the account it came from: those workouts are its own logs.
        var home = await PreviewAsync(author, "workouts.csv", Encoding.UTF8.GetBytes(csv));
        home.GetProperty("alreadyImported").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task The_sample_califlow_file_imports_with_feeling_body_weight_and_loads()
    {
        var user = await app.CreateUserAsync();
        var preview = await PreviewAsync(user, "califlow.csv");
        preview.GetProperty("format").GetString().ShouldBe("califlow");
        await CommitAsync(user, preview);
        var logs = await LogsAsync(user);
        var rings = logs.Single(l => l.GetProperty("performedOn").GetString() == "2024-03-04");
        rings.GetProperty("feeling").GetString().ShouldBe("good");
        rings.GetProperty("bodyWeightKg").GetDecimal().ShouldBe(72.5m);
        rings.GetProperty("notes").GetString().ShouldBe("Rings, then a hold");
        (await SlugsAsync(rings)).ShouldBe(["ring-dip", "l-sit"]);
        Sets(rings, 0)[1].GetProperty("addedWeightKg").GetDecimal().ShouldBe(2.5m);
        var pull = logs.Single(l => l.GetProperty("performedOn").GetString() == "2024-03-06");
        Sets(pull, 0)[0].GetProperty("assistanceKg").GetDecimal().ShouldBe(10m);
    }

    [Fact]
    public async Task A_workout_the_rules_of_an_upload_refuse_is_left_out_with_the_reason_and_the_rest_are_written()
    {
        var user = await app.CreateUserAsync();
        var header = "workout_id,performed_on,duration_minutes,feeling,body_weight_kg,workout_notes,exercise_order,exercise,exercise_name,set,reps,hold_seconds,rpe,added_weight_kg,assistance_kg";
        var csv = new StringBuilder(header).Append('\n');
        // 31 sets of one exercise: an upload allows 30.
        for (var set = 1; set <= 31; set++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"0190f2a8-7c3e-7b1a-9d2e-5f6a7b8c9e01,2024-05-01,,,,,1,push-up,Push-up,{set},10,,,,\n");
        }

        csv.Append("0190f2a8-7c3e-7b1a-9d2e-5f6a7b8c9e02,2024-05-02,,,,,1,push-up,Push-up,1,10,,,,\n");
        var preview = await PreviewAsync(user, "many-sets.csv", Encoding.UTF8.GetBytes(csv.ToString()));
        preview.GetProperty("workouts").GetInt32().ShouldBe(2);

        var done = await CommitAsync(user, preview);
        done.GetProperty("progress").GetProperty("processed").GetInt32().ShouldBe(2);
        done.GetProperty("progress").GetProperty("created").GetInt32().ShouldBe(1);
        var problem = done.GetProperty("problems").EnumerateArray().ShouldHaveSingleItem();
        problem.GetProperty("performedOn").GetString().ShouldBe("2024-05-01");
        problem.GetProperty("reason").GetString().ShouldBe("At most 30 sets of one exercise.");
        (await LogsAsync(user)).ShouldHaveSingleItem().GetProperty("performedOn").GetString().ShouldBe("2024-05-02");
        // The parsed copies go once the import is done.
        (await app.ScalarAsync<long>("SELECT count(*) FROM progress.imported_workouts WHERE import_id = $1", Id(preview))).ShouldBe(0);
    }

    [Fact]
    public async Task An_unmatched_name_made_an_exercise_of_the_users_own_is_written_as_it()
    {
        var user = await app.CreateUserAsync();
        var preview = await PreviewAsync(user, "strong.csv", weightUnit: "lb");

        var badPattern = await user.Client.PostAsJsonAsync($"/v1/imports/{Id(preview)}/commit", new
        {
            exercises = new[] { new { name = "Bench Press (Barbell)", create = new { pattern = "bench", unit = "reps" } } },
        }, _ct);
        badPattern.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await badPattern.Content.ReadAsStringAsync(_ct)).ShouldContain("create.pattern");

        var done = await CommitAsync(user, preview, new { name = "Bench Press (Barbell)", create = new { pattern = "horizontal-push", unit = "reps", bodyweightFraction = 0 } });
        done.GetProperty("progress").GetProperty("created").GetInt32().ShouldBe(3);

        var mine = await user.Client.GetFromJsonAsync<JsonElement>("/v1/me/exercises", _ct);
        var bench = mine.EnumerateArray().Single();
        bench.GetProperty("name").GetString().ShouldBe("Bench Press (Barbell)");
        bench.GetProperty("slug").GetString().ShouldBe("my-bench-press-barbell");
        bench.GetProperty("pattern").GetString().ShouldBe("horizontal-push");
        var benchId = bench.GetProperty("id").GetGuid();
        var withBench = (await LogsAsync(user)).Where(l => l.GetProperty("exercises").EnumerateArray().Any(e => e.GetProperty("exerciseId").GetGuid() == benchId)).ToList();
        withBench.ShouldNotBeEmpty();
        var benchSets = withBench[0].GetProperty("exercises").EnumerateArray().Single(e => e.GetProperty("exerciseId").GetGuid() == benchId).GetProperty("sets");
        benchSets.EnumerateArray().ShouldAllBe(set => set.GetProperty("addedWeightKg").GetDecimal() > 20m); // the bar's pounds, in kg

        // The export names it by its slug, and another user can neither see nor log it.
        (await user.Client.GetStringAsync("/v1/exports/workouts.csv", _ct)).ShouldContain("my-bench-press-barbell");
        var other = await app.CreateUserAsync();
        (await other.Client.GetFromJsonAsync<JsonElement>("/v1/me/exercises", _ct)).GetArrayLength().ShouldBe(0);
        var refused = await other.Client.PostAsJsonAsync("/v1/workout-logs", new
        {
            id = Guid.CreateVersion7(),
            performedOn = "2024-03-04",
            exercises = new[] { new { exercise = "my-bench-press-barbell", sets = new[] { new { reps = 5 } } } },
        }, _ct);
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync(_ct)).ShouldContain("is not an exercise in the library");
    }

    private static string Sample(string name) =>
        Path.Combine(RepositoryTools.Root, "tests", "CaliFlow.IntegrationTests", "Progress", "ImportSamples", name);

    private static string WithoutWorkoutIds(string csv) =>
        string.Join('\n', csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(line => line[(line.IndexOf(',') + 1)..]));

    private static Guid Id(JsonElement import) => import.GetProperty("id").GetGuid();

    private static MultipartFormDataContent Form(string fileName, byte[] bytes, string? weightUnit)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var form = new MultipartFormDataContent { { file, "file", fileName } };
        if (weightUnit is not null)
        {
            form.Add(new StringContent(weightUnit), "weightUnit");
        }

        return form;
    }

    private Task<HttpResponseMessage> PostFileAsync(TestUser user, string fileName, byte[] bytes) =>
        user.Client.PostAsync("/v1/imports", Form(fileName, bytes, null), _ct);

    private async Task<JsonElement> PreviewAsync(TestUser user, string sample, string? weightUnit = null) =>
        await PreviewAsync(user, sample, await File.ReadAllBytesAsync(Sample(sample), _ct), weightUnit);

    private async Task<JsonElement> PreviewAsync(TestUser user, string fileName, byte[] bytes, string? weightUnit = null)
    {
        var response = await user.Client.PostAsync("/v1/imports", Form(fileName, bytes, weightUnit), _ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(_ct));
        return await response.Content.ReadFromJsonAsync<JsonElement>(_ct);
    }

    /// <summary>Commits with the choices given and waits for the background writer to finish; returns the completed import.</summary>
    private async Task<JsonElement> CommitAsync(TestUser user, JsonElement preview, params object[] choices)
    {
        var response = await user.Client.PostAsJsonAsync($"/v1/imports/{Id(preview)}/commit", new { exercises = choices }, _ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync(_ct));
        response.Headers.Location!.ToString().ShouldBe($"/v1/imports/{Id(preview)}");
        JsonElement import = default;
        await Eventually(async () =>
        {
            import = await user.Client.GetFromJsonAsync<JsonElement>($"/v1/imports/{Id(preview)}", _ct);
            return import.GetProperty("status").GetString() == "completed";
        });
        return import;
    }

    private async Task LogAsync(TestUser user, object log) =>
        (await user.Client.PostAsJsonAsync("/v1/workout-logs", log, _ct)).StatusCode.ShouldBe(HttpStatusCode.Created);

    /// <summary>The user's logs, each read whole (the list has no sets).</summary>
    private async Task<List<JsonElement>> LogsAsync(TestUser user)
    {
        var page = await user.Client.GetFromJsonAsync<JsonElement>("/v1/workout-logs?limit=100", _ct);
        var logs = new List<JsonElement>();
        foreach (var item in page.GetProperty("items").EnumerateArray())
        {
            logs.Add(await user.Client.GetFromJsonAsync<JsonElement>($"/v1/workout-logs/{item.GetProperty("id").GetGuid()}", _ct));
        }

        return logs;
    }

    /// <summary>The log's exercises by slug, in order (the log answers with ids).</summary>
    private async Task<List<string>> SlugsAsync(JsonElement log)
    {
        var slugs = new List<string>();
        foreach (var exercise in log.GetProperty("exercises").EnumerateArray())
        {
            slugs.Add((await app.ScalarAsync<string>("SELECT slug FROM exercises.exercises WHERE id = $1", exercise.GetProperty("exerciseId").GetGuid()))!);
        }

        return slugs;
    }

    private static List<JsonElement> Sets(JsonElement log, int exercise) =>
        [.. log.GetProperty("exercises")[exercise].GetProperty("sets").EnumerateArray()];

    private static List<(int Line, string Reason)> Skipped(JsonElement import) =>
        [.. import.GetProperty("skippedRows").EnumerateArray().Select(r => (r.GetProperty("line").GetInt32(), r.GetProperty("reason").GetString()!))];

    private static Dictionary<string, (string Match, string? Slug)> Matches(JsonElement import) =>
        import.GetProperty("exercises").EnumerateArray().ToDictionary(
            e => e.GetProperty("name").GetString()!,
            e => (e.GetProperty("match").GetString()!,
                e.GetProperty("exercise").ValueKind == JsonValueKind.Object ? e.GetProperty("exercise").GetProperty("slug").GetString() : null));

    private async Task Eventually(Func<Task<bool>> condition)
    {
        for (var attempt = 0; attempt < 150; attempt++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(100, _ct);
        }

        throw new TimeoutException("The import did not finish in 15 seconds.");
    }
}
