using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaliFlow.IntegrationTests.Infrastructure;
using Shouldly;

namespace CaliFlow.IntegrationTests.Progress;

public sealed class MetricTests(CaliFlowApp app)
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Readings_are_recorded_by_type_listed_by_type_and_date_and_kept_private()
    {
        var user = await app.CreateUserAsync();
        var day = new DateOnly(2026, 10, 1);
        for (var i = 0; i < 5; i++)
        {
            (await user.Client.PostAsJsonAsync("/v1/metrics", new { type = "body-weight", recordedOn = day.AddDays(i * 7), bodyWeight = new { weightKg = 80 - i } }, _ct))
                .StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        (await user.Client.PostAsJsonAsync("/v1/metrics", new { type = "measurements", recordedOn = day, measurements = new { waistCm = 84.5, armCm = 36 } }, _ct))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        (await user.Client.PostAsJsonAsync("/v1/metrics", new { type = "wellness", recordedOn = day, wellness = new { sleep = 4, energy = 3, soreness = 2, stress = 4 } }, _ct))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        var weights = (await user.Client.GetFromJsonAsync<JsonElement[]>("/v1/metrics?type=body-weight", _ct))!;
        weights.Select(w => w.GetProperty("bodyWeight").GetProperty("weightKg").GetDecimal()).ShouldBe([80m, 79m, 78m, 77m, 76m]);
        var inRange = (await user.Client.GetFromJsonAsync<JsonElement[]>($"/v1/metrics?type=body-weight&from={day.AddDays(7):yyyy-MM-dd}&to={day.AddDays(14):yyyy-MM-dd}", _ct))!;
        inRange.Length.ShouldBe(2);
        var all = (await user.Client.GetFromJsonAsync<JsonElement[]>("/v1/metrics", _ct))!;
        all.Length.ShouldBe(7);
        all.Single(m => m.GetProperty("type").GetString() == "measurements").GetProperty("measurements").GetProperty("waistCm").GetDecimal().ShouldBe(84.5m);
        all.Single(m => m.GetProperty("type").GetString() == "wellness").GetProperty("wellness").GetProperty("soreness").GetInt32().ShouldBe(2);

        var stranger = await app.CreateUserAsync();
        (await stranger.Client.GetFromJsonAsync<JsonElement[]>("/v1/metrics", _ct))!.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_retried_reading_is_answered_once_and_another_reading_under_its_id_is_a_conflict()
    {
        var user = await app.CreateUserAsync();
        var id = Guid.CreateVersion7();
        var reading = new { id, type = "wellness", recordedOn = "2026-11-01", wellness = new { sleep = 5 } };

        (await user.Client.PostAsJsonAsync("/v1/metrics", reading, _ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await user.Client.PostAsJsonAsync("/v1/metrics", reading, _ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await user.Client.PostAsJsonAsync("/v1/metrics", reading with { wellness = new { sleep = 1 } }, _ct)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await app.ScalarAsync<long>("SELECT count(*) FROM progress.progress_metrics WHERE id = $1", id)).ShouldBe(1);
    }

    public static TheoryData<string, string> BadReadings => new()
    {
        { """{"recordedOn":"2026-11-01","bodyWeight":{"weightKg":80}}""", "type" },
        { """{"type":"body-weight","bodyWeight":{"weightKg":80}}""", "recordedOn" },
        { """{"type":"body-weight","recordedOn":"2026-11-01"}""", "bodyWeight" },
        { """{"type":"body-weight","recordedOn":"2026-11-01","bodyWeight":{"weightKg":5}}""", "bodyWeight.weightKg" },
        { """{"type":"wellness","recordedOn":"2026-11-01","wellness":{"sleep":9}}""", "wellness.sleep" },
        { """{"type":"wellness","recordedOn":"2026-11-01","wellness":{}}""", "wellness" },
        { """{"type":"measurements","recordedOn":"2026-11-01","measurements":{"waistCm":-3}}""", "measurements.waistCm" },
        { """{"type":"wellness","recordedOn":"2026-11-01","wellness":{"sleep":3},"bodyWeight":{"weightKg":80}}""", "type" },
        { """{"type":"mood","recordedOn":"2026-11-01"}""", "type" },
    };

    [Theory]
    [MemberData(nameof(BadReadings))]
    public async Task Bad_readings_are_400_with_the_field_named(string body, string field)
    {
        var user = await app.CreateUserAsync();

        var response = await user.Client.PostAsync("/v1/metrics", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), _ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var text = await response.Content.ReadAsStringAsync(_ct);
        using var problem = JsonDocument.Parse(text);
        problem.RootElement.GetProperty("errors").EnumerateObject().ShouldContain(p => p.Name.StartsWith(field, StringComparison.Ordinal), text);
        (await app.ScalarAsync<long>("SELECT count(*) FROM progress.progress_metrics WHERE user_id = $1", user.Id)).ShouldBe(0);
        (await user.Client.GetAsync("/v1/metrics?type=mood", _ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
