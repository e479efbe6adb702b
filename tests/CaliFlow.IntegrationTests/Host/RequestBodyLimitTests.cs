using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CaliFlow.IntegrationTests.Infrastructure;
using Shouldly;

namespace CaliFlow.IntegrationTests.Host;

/// <summary>
/// Body limits as a real server enforces them (Kestrel, not the in-memory test server, which has none): small JSON everywhere,
/// whether the body says its length or arrives chunked; more only where an endpoint documents it (photos).
/// </summary>
public sealed class RequestBodyLimitTests : IAsyncLifetime
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private readonly CaliFlowApp _app = new();
    private TestUser _user = null!;

    public async ValueTask InitializeAsync()
    {
        _app.UseKestrel(0);
        await _app.InitializeAsync();
        _user = await _app.CreateUserAsync();
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    // A syntactically valid workout log padded with notes to the wanted size.
    private static string WorkoutLogOf(int bytes) =>
        $$"""{"id":"{{Guid.CreateVersion7()}}","performedOn":"2026-12-01","notes":"{{new string('x', bytes)}}","exercises":[{"exercise":"push-up","sets":[{"reps":5}]}]}""";

    private static HttpContent Json(string body, bool chunked)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        HttpContent content = chunked ? new StreamContent(new MemoryStream(bytes)) : new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        if (chunked)
        {
            content.Headers.ContentLength = null;
        }

        return content;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_json_body_over_one_megabyte_is_refused_with_413(bool chunked)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/workout-logs") { Content = Json(WorkoutLogOf(2 * 1024 * 1024), chunked) };
        if (chunked)
        {
            request.Headers.TransferEncodingChunked = true;
        }

        using var response = await _user.Client.SendAsync(request, _ct);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge, await response.Content.ReadAsStringAsync(_ct));
        (await _app.ScalarAsync<long>("SELECT count(*) FROM progress.workout_logs WHERE user_id = $1", _user.Id)).ShouldBe(0);
    }

    [Fact]
    public async Task A_json_body_under_the_limit_is_read()
    {
        using var response = await _user.Client.PostAsync("/v1/workout-logs", Json(WorkoutLogOf(100), chunked: false), _ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(_ct));
    }

    [Fact]
    public async Task A_chunked_provider_webhook_over_its_limit_is_refused_with_413()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/billing/webhooks/sandbox") { Content = Json($"{{\"pad\":\"{new string('x', 512 * 1024)}\"}}", chunked: true) };
        request.Headers.TransferEncodingChunked = true;

        using var response = await _app.CreateClient().SendAsync(request, _ct);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task A_photo_upload_may_be_larger_than_the_json_limit()
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(new byte[3 * 1024 * 1024]);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        form.Add(file, "file", "big.jpg");

        using var response = await _user.Client.PostAsync("/v1/photos", form, _ct);

        // Not a 413: the body was read, and its content then judged (zeros are no image).
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync(_ct));
    }
}
