using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaliFlow.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Shouldly;

namespace CaliFlow.IntegrationTests.Progress;

/// <summary>
/// The dates Progress accepts: readings from 1900 (and the user's birth) to a day after their local today, filters from 1900 to a
/// year ahead, charts of at most five years. Today is 2026-06-01, 12:00 UTC.
/// </summary>
public sealed class DateBoundTests(DateBoundTests.FrozenApp frozen) : IClassFixture<DateBoundTests.FrozenApp>
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private readonly CaliFlowApp _app = frozen.App;

    /// <summary>One app for the class (its tests use users of their own and never move the clock).</summary>
    public sealed class FrozenApp : IAsyncLifetime
    {
        public CaliFlowApp App { get; } = new(services: s =>
            s.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 6, 1, 12, 0, 0, TimeSpan.Zero))));

        public ValueTask InitializeAsync() => App.InitializeAsync();

        public ValueTask DisposeAsync() => App.DisposeAsync();
    }

    private Task<HttpResponseMessage> RecordAsync(TestUser user, string recordedOn) =>
        user.Client.PostAsJsonAsync("/v1/metrics", new { type = "body-weight", recordedOn, bodyWeight = new { weightKg = 80 } }, _ct);

    private async Task ShouldBeRefusedAsync(HttpResponseMessage response, string field)
    {
        var text = await response.Content.ReadAsStringAsync(_ct);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, text);
        JsonDocument.Parse(text).RootElement.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(text);
    }

    [Fact]
    public async Task A_reading_is_dated_from_1900_to_a_day_after_the_users_local_today()
    {
        var user = await _app.CreateUserAsync(); // UTC: today is 2026-06-01

        (await RecordAsync(user, "2026-06-02")).StatusCode.ShouldBe(HttpStatusCode.Created);
        await ShouldBeRefusedAsync(await RecordAsync(user, "2026-06-03"), "recordedOn");
        (await RecordAsync(user, "1900-01-01")).StatusCode.ShouldBe(HttpStatusCode.Created);
        await ShouldBeRefusedAsync(await RecordAsync(user, "1899-12-31"), "recordedOn");
        await ShouldBeRefusedAsync(await RecordAsync(user, "0001-01-01"), "recordedOn");
        await ShouldBeRefusedAsync(await RecordAsync(user, "9999-12-31"), "recordedOn");

        // On Kiritimati (UTC+14) it is already 2026-06-02.
        var islander = await _app.CreateUserAsync();
        (await islander.Client.PatchAsJsonAsync("/v1/me/profile", new { timeZone = "Pacific/Kiritimati" }, _ct)).EnsureSuccessStatusCode();
        (await RecordAsync(islander, "2026-06-03")).StatusCode.ShouldBe(HttpStatusCode.Created);
        await ShouldBeRefusedAsync(await RecordAsync(islander, "2026-06-04"), "recordedOn");

        (await _app.ScalarAsync<long>("SELECT count(*) FROM progress.progress_metrics WHERE user_id = ANY($1)", new[] { user.Id, islander.Id }))
            .ShouldBe(3);
    }

    [Theory]
    [InlineData("1899-12-31", false)]
    [InlineData("1900-01-01", true)]
    [InlineData("2026-06-02", true)] // already tomorrow's morning east of UTC
    [InlineData("2026-06-03", false)]
    [InlineData("2206-06-01", false)]
    public async Task A_workout_is_dated_from_1900_to_the_latest_today_of_any_time_zone(string performedOn, bool accepted)
    {
        var user = await _app.CreateUserAsync();

        var response = await user.Client.PostAsJsonAsync("/v1/workout-logs", new
        {
            id = Guid.CreateVersion7(),
            performedOn,
            exercises = new object[] { new { exercise = "push-up", sets = new[] { new { reps = 10 } } } },
        }, _ct);

        if (accepted)
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(_ct));
        }
        else
        {
            await ShouldBeRefusedAsync(response, "performedOn");
        }
    }

    [Fact]
    public async Task A_reading_is_not_dated_before_the_user_was_born()
    {
        var user = await _app.CreateUserAsync();
        (await user.Client.PatchAsJsonAsync("/v1/me/profile", new { dateOfBirth = "1990-05-01" }, _ct)).EnsureSuccessStatusCode();

        await ShouldBeRefusedAsync(await RecordAsync(user, "1990-04-30"), "recordedOn");
        (await RecordAsync(user, "1990-05-01")).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Theory]
    [InlineData("/v1/metrics?from=1899-12-31", "from")]
    [InlineData("/v1/metrics?to=2027-06-03", "to")] // a year and a day ahead
    [InlineData("/v1/metrics?from=0001-01-01&to=9999-12-31", "from")]
    [InlineData("/v1/photos?from=1899-12-31", "from")]
    [InlineData("/v1/photos?to=9999-12-31", "to")]
    [InlineData("/v1/workout-logs?from=0001-01-01", "from")]
    [InlineData("/v1/workout-logs?to=9999-12-31", "to")]
    [InlineData("/v1/charts/bodyweight.svg?to=0001-01-01", "to")] // no longer a 500 from the default 'from' a year before
    [InlineData("/v1/charts/bodyweight.svg?from=1899-12-31&to=1900-01-01", "from")]
    public async Task Filter_dates_before_1900_or_more_than_a_year_ahead_are_refused(string url, string field)
    {
        var user = await _app.CreateUserAsync();

        await ShouldBeRefusedAsync(await user.Client.GetAsync(url, _ct), field);
    }

    [Theory]
    [InlineData("/v1/metrics?from=1900-01-01&to=2027-06-02")]
    [InlineData("/v1/photos?from=1900-01-01&to=2027-06-02")]
    [InlineData("/v1/workout-logs?from=1900-01-01&to=2027-06-02")]
    [InlineData("/v1/charts/bodyweight.svg")]
    [InlineData("/v1/charts/bodyweight.svg?from=2021-06-01")]
    [InlineData("/v1/charts/bodyweight.svg?from=2020-01-01&to=2025-01-01")]
    [InlineData("/v1/charts/bodyweight.svg?to=1900-01-01")]
    public async Task Filters_within_the_bounds_are_answered(string url)
    {
        var user = await _app.CreateUserAsync();

        (await user.Client.GetAsync(url, _ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("/v1/charts/bodyweight.svg?from=2020-01-01&to=2025-01-02")]
    [InlineData("/v1/charts/bodyweight.svg?from=2021-05-31")] // to today, 2026-06-01
    [InlineData("/v1/charts/bodyweight.svg?from=1900-01-01&to=2026-06-01")]
    public async Task A_chart_covers_at_most_five_years(string url)
    {
        var user = await _app.CreateUserAsync();

        var response = await user.Client.GetAsync(url, _ct);

        await ShouldBeRefusedAsync(response, "from");
        (await response.Content.ReadAsStringAsync(_ct)).ShouldContain("at most 5 years");
    }
}
