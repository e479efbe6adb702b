using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CaliFlow.IntegrationTests.Infrastructure;
using CaliFlow.Modules.Progress.Photos;
using CaliFlow.Tests.Images;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using SkiaSharp;

namespace CaliFlow.IntegrationTests.Progress;

/// <summary>What one user and one instance may spend on photos: a storage quota per user, and a few uploads processed at a time.</summary>
public sealed class PhotoLimitTests : IAsyncLifetime
{
    private static readonly byte[] Picture = TestImages.Encode(200, 150, SKEncodedImageFormat.Jpeg);

    /// <summary>What one upload of <see cref="Picture"/> stores: the re-encoded photo and its thumbnail.</summary>
    private static readonly long StoredBytes = StoredSize(Picture);

    private const int Slots = 4;

    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private readonly CaliFlowApp _app = new(settings: new Dictionary<string, string?>
    {
        ["Photos:QuotaBytesPerUser"] = ((StoredBytes * 5) / 2).ToString(System.Globalization.CultureInfo.InvariantCulture), // room for two
        ["Photos:MaxConcurrentUploads"] = Slots.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Photos:UploadSlotWait"] = "00:00:00.200",
    });

    public ValueTask InitializeAsync() => _app.InitializeAsync();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private static long StoredSize(byte[] picture)
    {
        var processed = PhotoImage.Process(picture).Value;
        return processed.Image.Length + processed.Thumbnail.Length;
    }

    private static MultipartFormDataContent Form(byte[] file)
    {
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        return new MultipartFormDataContent { { part, "file", "me.jpg" } };
    }

    private async Task<string?> CodeAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("code").GetString();

    private int FilesOf(TestUser user)
    {
        var folder = Path.Combine(_app.PhotoFolder, user.Id.ToString("N"));
        return Directory.Exists(folder) ? Directory.GetFiles(folder).Length : 0;
    }

    [Fact]
    public async Task A_photo_that_would_take_the_user_over_the_quota_is_refused_and_nothing_of_it_is_kept()
    {
        var user = await _app.CreateUserAsync();
        var first = await user.Client.PostAsync("/v1/photos", Form(Picture), _ct);
        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await user.Client.PostAsync("/v1/photos", Form(Picture), _ct)).StatusCode.ShouldBe(HttpStatusCode.Created);

        var third = await user.Client.PostAsync("/v1/photos", Form(Picture), _ct);

        third.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        (await CodeAsync(third)).ShouldBe("photo_quota_exceeded");
        (await _app.ScalarAsync<long>("SELECT count(*) FROM progress.progress_photos WHERE user_id = $1", user.Id)).ShouldBe(2);
        FilesOf(user).ShouldBe(4);

        // Another user's room is their own; a deleted photo no longer counts.
        var other = await _app.CreateUserAsync();
        (await other.Client.PostAsync("/v1/photos", Form(Picture), _ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await user.Client.DeleteAsync(first.Headers.Location, _ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await user.Client.PostAsync("/v1/photos", Form(Picture), _ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Uploads_at_the_same_moment_cannot_together_go_over_the_quota()
    {
        var user = await _app.CreateUserAsync();

        var responses = await Task.WhenAll(Enumerable.Range(0, Slots).Select(_ => user.Client.PostAsync("/v1/photos", Form(Picture), _ct)));

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(2);
        responses.Count(r => r.StatusCode == HttpStatusCode.RequestEntityTooLarge).ShouldBe(Slots - 2);
        (await _app.ScalarAsync<long>("SELECT count(*) FROM progress.progress_photos WHERE user_id = $1", user.Id)).ShouldBe(2);
        FilesOf(user).ShouldBe(4);
    }

    [Fact]
    public async Task When_every_upload_slot_is_busy_an_upload_waits_briefly_then_is_told_to_retry()
    {
        var user = await _app.CreateUserAsync();
        var slots = _app.Services.GetRequiredService<PhotoUploadSlots>();
        var held = new List<IDisposable>();
        for (var i = 0; i < Slots; i++)
        {
            held.Add((await slots.TryEnterAsync(_ct))!);
        }

        var busy = await user.Client.PostAsync("/v1/photos", Form(Picture), _ct);

        busy.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        busy.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromSeconds(1));
        (await CodeAsync(busy)).ShouldBe("photo_uploads_busy");
        (await _app.ScalarAsync<long>("SELECT count(*) FROM progress.progress_photos")).ShouldBe(0);

        held.ForEach(slot => slot.Dispose());
        (await user.Client.PostAsync("/v1/photos", Form(Picture), _ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
    }
}
