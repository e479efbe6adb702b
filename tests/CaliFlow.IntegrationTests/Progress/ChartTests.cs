using System.Net;
using System.Net.Http.Json;
using System.Xml.Linq;
using CaliFlow.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Shouldly;

namespace CaliFlow.IntegrationTests.Progress;

/// <summary>
/// The SVG charts over HTTP: they parse as SVG, show the user's own data points, and label axes with units. The app's clock
/// stands at Wednesday 10 June 2026, 12:00 UTC (the users' zone), so "today" and "this week" cannot change during a test.
/// </summary>
public sealed class ChartTests : IAsyncLifetime
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private static readonly DateTimeOffset Now = new(2026, 6, 10, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = new(2026, 6, 10);
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private readonly CaliFlowApp _app = new(services: s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(Now)));

    public ValueTask InitializeAsync() => _app.InitializeAsync();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private async Task<XElement> ChartAsync(TestUser user, string url)
    {
        var response = await user.Client.GetAsync(url, _ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(_ct));
        response.Content.Headers.ContentType!.MediaType.ShouldBe("image/svg+xml");
        var root = XDocument.Parse(await response.Content.ReadAsStringAsync(_ct)).Root!;
        root.Name.ShouldBe(Svg + "svg");
        return root;
    }

    private static string Text(XElement root, string cssClass) =>
        root.Descendants(Svg + "text").Single(t => (string?)t.Attribute("class") == cssClass).Value;

    private static List<(string Date, string Value)> Points(XElement root, string? series = null) =>
        [.. root.Descendants(Svg + "g")
            .Where(g => (string?)g.Attribute("class") == "series" && (series is null || (string?)g.Attribute("data-series") == series))
            .SelectMany(g => g.Elements(Svg + "circle"))
            .Select(c => ((string)c.Attribute("data-date")!, (string)c.Attribute("data-value")!))];

    [Fact]
    public async Task The_body_weight_chart_shows_each_reading_of_the_user_in_kg()
    {
        var user = await _app.CreateUserAsync();
        var stranger = await _app.CreateUserAsync();
        foreach (var (day, kg) in new[] { (-20, 72.5m), (-10, 72.0m), (-1, 71.4m) })
        {
            (await user.Client.PostAsJsonAsync("/v1/metrics", new { type = "body-weight", recordedOn = Today.AddDays(day), bodyWeight = new { weightKg = kg } }, _ct))
                .EnsureSuccessStatusCode();
        }

        (await stranger.Client.PostAsJsonAsync("/v1/metrics", new { type = "body-weight", recordedOn = Today, bodyWeight = new { weightKg = 99 } }, _ct))
            .EnsureSuccessStatusCode();

        var chart = await ChartAsync(user, "/v1/charts/bodyweight.svg");

        Points(chart).ShouldBe([(Iso(-20), "72.5"), (Iso(-10), "72"), (Iso(-1), "71.4")]);
        Text(chart, "y-title").ShouldBe("Body weight (kg)");
        Text(chart, "x-title").ShouldBe("Date");
        var ticks = chart.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "y-ticks").Descendants(Svg + "text")
            .Select(t => decimal.Parse(t.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        ticks.Min().ShouldBeLessThanOrEqualTo(71.4m);
        ticks.Max().ShouldBeGreaterThanOrEqualTo(72.5m);

        var strangers = await ChartAsync(stranger, "/v1/charts/bodyweight.svg");
        Points(strangers).ShouldBe([(Iso(0), "99")]);
        (await user.Client.GetAsync("/v1/charts/bodyweight.svg?from=2026-02-01&to=2026-01-01", _ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task The_weekly_volume_chart_stacks_this_weeks_sets_per_movement_pattern()
    {
        var user = await _app.CreateUserAsync();
        (await user.Client.PostAsJsonAsync("/v1/workout-logs", new
        {
            id = Guid.CreateVersion7(),
            performedOn = Today,
            bodyWeightKg = 70,
            exercises = new object[]
            {
                new { exercise = "push-up", sets = new[] { new { reps = 10 }, new { reps = 10 }, new { reps = 8 } } },
                new { exercise = "pull-up", sets = new[] { new { reps = 5 }, new { reps = 4 } } },
            },
        }, _ct)).EnsureSuccessStatusCode();

        var sets = await ChartAsync(user, "/v1/charts/weekly-volume.svg?measure=sets");

        var columns = sets.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "column").ToList();
        columns.Count.ShouldBe(12);
        var thisWeek = columns[^1];
        thisWeek.Attribute("data-total")!.Value.ShouldBe("5");
        thisWeek.Elements(Svg + "rect").Select(r => (string)r.Attribute("data-value")!).Order().ShouldBe(["2", "3"]);
        columns.Take(11).ShouldAllBe(c => c.Attribute("data-total")!.Value == "0");
        Text(sets, "y-title").ShouldBe("Sets (sets)");

        var volume = await ChartAsync(user, "/v1/charts/weekly-volume.svg");
        Text(volume, "y-title").ShouldContain("(kg)");
        // Load × reps at 70 kg with the seed's fractions: push-up 70 × 0.64 = 44.8 kg × 28 = 1254.4, pull-up 70 × 0.95 = 66.5 kg × 9 = 598.5.
        volume.Descendants(Svg + "g").Where(g => (string?)g.Attribute("class") == "column").Last().Attribute("data-total")!.Value
            .ShouldBe("1852.9");
        (await user.Client.GetAsync("/v1/charts/weekly-volume.svg?measure=tonnes", _ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_exercise_chart_shows_the_best_set_per_session_and_marks_the_move_to_a_harder_variation()
    {
        var user = await _app.CreateUserAsync();
        // A weaker day, then two sessions of 3 × 8: the seed's rule for push-up → diamond push-up, the only harder step of its
        // pattern done without equipment (decline push-ups need a box, ring push-ups rings).
        await LogAsync(user, Today.AddDays(-6), "push-up", [5, 4]);
        await LogAsync(user, Today.AddDays(-4), "push-up", [8, 8, 8]);
        await LogAsync(user, Today.AddDays(-2), "push-up", [8, 8, 8]);
        await LogAsync(user, Today, "diamond-push-up", [3, 2]);

        var chart = await ChartAsync(user, "/v1/charts/exercises/push-up.svg");

        Points(chart, "Push-up").ShouldBe([(Iso(-6), "5"), (Iso(-4), "8"), (Iso(-2), "8")]);
        Points(chart, "Diamond push-up").ShouldBe([(Iso(0), "3")]);
        var marker = chart.Descendants(Svg + "g").Single(g => (string?)g.Attribute("class") == "marker");
        marker.Attribute("data-date")!.Value.ShouldBe(Iso(-2), "the day the unlock rule was met");
        marker.Value.ShouldContain("Diamond push-up");
        Text(chart, "y-title").ShouldBe("Most reps (reps)");

        var stranger = await _app.CreateUserAsync();
        Text(await ChartAsync(stranger, "/v1/charts/exercises/push-up.svg"), "empty").ShouldBe("No data yet");
        (await user.Client.GetAsync("/v1/charts/exercises/no-such-move.svg", _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    private async Task LogAsync(TestUser user, DateOnly day, string exercise, int[] reps) =>
        (await user.Client.PostAsJsonAsync("/v1/workout-logs", new
        {
            id = Guid.CreateVersion7(),
            performedOn = day,
            exercises = new[] { new { exercise, sets = reps.Select(r => new { reps = r, rpe = 7 }).ToArray() } },
        }, _ct)).EnsureSuccessStatusCode();

    private static string Iso(int daysFromToday) => Iso(Today.AddDays(daysFromToday));

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
