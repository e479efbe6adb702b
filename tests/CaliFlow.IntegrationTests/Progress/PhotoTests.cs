using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CaliFlow.IntegrationTests.Infrastructure;
using CaliFlow.Modules.Progress.Photos;
using CaliFlow.Tests.Images;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Shouldly;
using SkiaSharp;

namespace CaliFlow.IntegrationTests.Progress;

public sealed record PhotoOut(Guid Id, DateOnly TakenOn, string Pose, string? Notes, string ContentType, int Width, int Height, long SizeBytes, string ImageUrl, string ThumbnailUrl);

/// <summary>Progress photos over HTTP: checked by content, stored without metadata, only for their owner, purged after deletion.</summary>
public sealed class PhotoTests : IAsyncLifetime
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    // The real time to start with: sync compares it with the database's stamps (SyncSettling).
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly CaliFlowApp _app;

    public PhotoTests() => _app = new CaliFlowApp(
        settings: new Dictionary<string, string?> { ["Photos:PurgeInterval"] = "1.00:00:00" }, // the test runs the purge itself
        services: s => s.AddSingleton<TimeProvider>(_clock));

    public ValueTask InitializeAsync() => _app.InitializeAsync();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private static MultipartFormDataContent Form(byte[] file, string fileName = "me.jpg", string contentType = "image/jpeg", Guid? id = null, string? pose = null)
    {
        var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        form.Add(part, "file", fileName);
        if (id is not null)
        {
            form.Add(new StringContent(id.Value.ToString()), "id");
        }

        if (pose is not null)
        {
            form.Add(new StringContent(pose), "pose");
        }

        form.Add(new StringContent("2026-06-01"), "takenOn");
        return form;
    }

    private async Task<PhotoOut> UploadAsync(TestUser user, byte[] file, Guid? id = null)
    {
        var response = await user.Client.PostAsync("/v1/photos", Form(file, id: id), _ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(_ct));
        return (await response.Content.ReadFromJsonAsync<PhotoOut>(_ct))!;
    }

    [Fact]
    public async Task An_upload_is_stored_upright_without_camera_or_gps_metadata_and_with_a_thumbnail()
    {
        var user = await _app.CreateUserAsync();
        var upload = TestImages.JpegWithExif(800, 400, orientation: 6);

        var response = await user.Client.PostAsync("/v1/photos", Form(upload, pose: "side"), _ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var photo = (await response.Content.ReadFromJsonAsync<PhotoOut>(_ct))!;
        (photo.Width, photo.Height, photo.ContentType, photo.Pose, photo.TakenOn).ShouldBe((400, 800, "image/jpeg", "side", new DateOnly(2026, 6, 1)));
        response.Headers.Location!.ToString().ShouldBe($"/v1/photos/{photo.Id}");

        var stored = Directory.GetFiles(_app.PhotoFolder, "*", SearchOption.AllDirectories);
        stored.Length.ShouldBe(2);
        foreach (var file in stored)
        {
            var bytes = await File.ReadAllBytesAsync(file, _ct);
            TestImages.Contains(bytes, TestImages.CameraMake).ShouldBeFalse();
            TestImages.Contains(bytes, "Exif").ShouldBeFalse();
        }

        var image = await user.Client.GetAsync(photo.ImageUrl, _ct);
        image.StatusCode.ShouldBe(HttpStatusCode.OK);
        image.Content.Headers.ContentType!.MediaType.ShouldBe("image/jpeg");
        image.Headers.CacheControl!.Private.ShouldBeTrue();
        var served = await image.Content.ReadAsByteArrayAsync(_ct);
        TestImages.Contains(served, TestImages.CameraMake).ShouldBeFalse();
        using (var bitmap = SKBitmap.Decode(served))
        {
            (bitmap.Width, bitmap.Height).ShouldBe((400, 800));
        }

        using var thumbnail = SKBitmap.Decode(await user.Client.GetByteArrayAsync(photo.ThumbnailUrl, _ct));
        (thumbnail.Width, thumbnail.Height).ShouldBe((160, 320));

        var listed = await user.Client.GetFromJsonAsync<PhotoOut[]>("/v1/photos?from=2026-06-01&to=2026-06-01", _ct);
        listed!.Select(p => p.Id).ShouldBe([photo.Id]);
    }

    [Fact]
    public async Task The_owner_reads_a_photos_metadata_by_id_and_nobody_else_can_nor_can_anyone_once_it_is_deleted()
    {
        var owner = await _app.CreateUserAsync();
        var stranger = await _app.CreateUserAsync();
        var id = Guid.CreateVersion7();
        var uploaded = await owner.Client.PostAsync(
            "/v1/photos", Form(TestImages.Encode(120, 90, SKEncodedImageFormat.Png), fileName: "back.png", contentType: "image/png", id: id, pose: "back"), _ct);
        uploaded.StatusCode.ShouldBe(HttpStatusCode.Created);

        var read = await owner.Client.GetAsync($"/v1/photos/{id}", _ct);

        read.StatusCode.ShouldBe(HttpStatusCode.OK);
        var photo = (await read.Content.ReadFromJsonAsync<PhotoOut>(_ct))!;
        (photo.Id, photo.TakenOn, photo.Pose, photo.Notes, photo.ContentType, photo.Width, photo.Height)
            .ShouldBe((id, new DateOnly(2026, 6, 1), "back", (string?)null, "image/png", 120, 90));
        (photo.ImageUrl, photo.ThumbnailUrl).ShouldBe(($"/v1/photos/{id}/image", $"/v1/photos/{id}/thumbnail"));
        photo.SizeBytes.ShouldBe((await owner.Client.GetByteArrayAsync(photo.ImageUrl, _ct)).LongLength);
        (await stranger.Client.GetAsync($"/v1/photos/{id}", _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await owner.Client.DeleteAsync($"/v1/photos/{id}", _ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await owner.Client.GetAsync($"/v1/photos/{id}", _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_renamed_non_image_is_refused_by_its_content_and_nothing_is_kept()
    {
        var user = await _app.CreateUserAsync();
        var script = Encoding.UTF8.GetBytes("#!/bin/sh\necho pretending to be a photo\n");

        var response = await user.Client.PostAsync("/v1/photos", Form(script, fileName: "holiday.jpg", contentType: "image/jpeg"), _ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(_ct);
        problem.GetProperty("errors").GetProperty("file")[0].GetString()!.ShouldContain("not a JPEG, PNG or WebP");
        (await _app.ScalarAsync<long>("SELECT count(*) FROM progress.progress_photos")).ShouldBe(0);
        Directory.Exists(_app.PhotoFolder).ShouldBeFalse();
    }

    [Fact]
    public async Task A_file_over_10_MB_is_refused_with_413_and_a_missing_file_with_a_field_error()
    {
        var user = await _app.CreateUserAsync();
        var oversize = new byte[PhotoImage.MaxBytes + 1];
        TestImages.Encode(16, 16, SKEncodedImageFormat.Jpeg).CopyTo(oversize, 0);

        var tooLarge = await user.Client.PostAsync("/v1/photos", Form(oversize), _ct);

        tooLarge.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        tooLarge.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await _app.ScalarAsync<long>("SELECT count(*) FROM progress.progress_photos")).ShouldBe(0);

        var noFile = new MultipartFormDataContent { { new StringContent("front"), "pose" } };
        var missing = await user.Client.PostAsync("/v1/photos", noFile, _ct);
        missing.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await missing.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("errors").TryGetProperty("file", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task A_small_file_claiming_a_huge_picture_is_refused_from_its_header_and_nothing_is_kept()
    {
        var user = await _app.CreateUserAsync();
        var bomb = TestImages.BlackPng(20_000, 20_000); // tens of KB that would decode to 1.6 GB

        var response = await user.Client.PostAsync("/v1/photos", Form(bomb, fileName: "me.png", contentType: "image/png"), _ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(_ct);
        problem.GetProperty("code").GetString().ShouldBe("photo_too_many_pixels");
        problem.GetProperty("errors").GetProperty("file")[0].GetString()!.ShouldContain("50 megapixels");
        (await _app.ScalarAsync<long>("SELECT count(*) FROM progress.progress_photos")).ShouldBe(0);
        Directory.Exists(_app.PhotoFolder).ShouldBeFalse();

        // Under the header limit, but a PNG decodes only at full size: more pixels than a stored photo are refused too.
        var square = await user.Client.PostAsync("/v1/photos", Form(TestImages.BlackPng(5000, 5000), fileName: "me.png", contentType: "image/png"), _ct);
        square.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await square.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("code").GetString().ShouldBe("photo_too_many_pixels");
    }

    [Fact]
    public async Task A_large_photo_is_stored_scaled_down_to_at_most_4096_pixels_with_its_thumbnail()
    {
        var user = await _app.CreateUserAsync();

        var photo = await UploadAsync(user, TestImages.Grey(8000, 4000, SKEncodedImageFormat.Jpeg)); // 32 megapixels

        (photo.Width, photo.Height).ShouldBe((4000, 2000)); // decoded at half size, which already fits
        using (var stored = SKBitmap.Decode(await user.Client.GetByteArrayAsync(photo.ImageUrl, _ct)))
        {
            (stored.Width, stored.Height).ShouldBe((4000, 2000));
        }

        using var thumbnail = SKBitmap.Decode(await user.Client.GetByteArrayAsync(photo.ThumbnailUrl, _ct));
        (thumbnail.Width, thumbnail.Height).ShouldBe((320, 160));
        (await _app.ScalarAsync<long>("SELECT size_bytes + thumbnail_bytes FROM progress.progress_photos WHERE id = $1", photo.Id))
            .ShouldBe(Directory.GetFiles(_app.PhotoFolder, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length));
    }

    [Fact]
    public async Task Another_users_photos_cannot_be_seen_fetched_deleted_or_overwritten()
    {
        var owner = await _app.CreateUserAsync();
        var stranger = await _app.CreateUserAsync();
        var id = Guid.CreateVersion7();
        var photo = await UploadAsync(owner, TestImages.Encode(64, 64, SKEncodedImageFormat.Png), id);

        foreach (var url in new[] { $"/v1/photos/{photo.Id}", photo.ImageUrl, photo.ThumbnailUrl })
        {
            (await stranger.Client.GetAsync(url, _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        (await stranger.Client.DeleteAsync($"/v1/photos/{photo.Id}", _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.Client.GetFromJsonAsync<PhotoOut[]>("/v1/photos", _ct))!.ShouldBeEmpty();
        var reused = await stranger.Client.PostAsync("/v1/photos", Form(TestImages.Encode(8, 8, SKEncodedImageFormat.Png), id: id), _ct);
        reused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await _app.CreateClient().GetAsync(photo.ImageUrl, _ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        // The owner's retry of the same upload is answered with the stored photo, not a second one.
        var retry = await owner.Client.PostAsync("/v1/photos", Form(TestImages.Encode(64, 64, SKEncodedImageFormat.Png), id: id), _ct);
        retry.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await retry.Content.ReadFromJsonAsync<PhotoOut>(_ct))!.Id.ShouldBe(id);
        (await owner.Client.GetAsync(photo.ImageUrl, _ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_deleted_photo_disappears_at_once_syncs_as_a_tombstone_and_its_files_are_purged()
    {
        var user = await _app.CreateUserAsync();
        var kept = await UploadAsync(user, TestImages.Encode(32, 32, SKEncodedImageFormat.Webp));
        var deleted = await UploadAsync(user, TestImages.Encode(32, 32, SKEncodedImageFormat.Jpeg));

        (await user.Client.DeleteAsync($"/v1/photos/{deleted.Id}", _ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await user.Client.GetAsync(deleted.ImageUrl, _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await user.Client.GetFromJsonAsync<PhotoOut[]>("/v1/photos", _ct))!.Select(p => p.Id).ShouldBe([kept.Id]);

        await _clock.LetEverythingSettleAsync(_app);
        user = user with { Client = _app.Authorized((await _app.LoginAsync(user.Email, user.Password)).AccessToken) };
        var changes = await user.Client.GetFromJsonAsync<JsonElement>("/v1/sync/changes", _ct);
        changes.GetProperty("photos").EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).ShouldBe([kept.Id]);
        changes.GetProperty("deletedPhotos").EnumerateArray().Select(p => p.GetGuid()).ShouldBe([deleted.Id]);

        var purge = _app.Services.GetRequiredService<PhotoPurgeJob>();
        (await purge.PurgeDueAsync(_ct)).ShouldBe(1);
        (await purge.PurgeDueAsync(_ct)).ShouldBe(0);
        var remaining = Directory.GetFiles(_app.PhotoFolder, "*", SearchOption.AllDirectories).Select(Path.GetFileName).ToList();
        remaining.Count.ShouldBe(2);
        remaining.ShouldAllBe(name => name!.StartsWith(kept.Id.ToString("N"), StringComparison.Ordinal));
        (await _app.ScalarAsync<bool>("SELECT purged_at IS NOT NULL FROM progress.progress_photos WHERE id = $1", deleted.Id)).ShouldBeTrue();
    }
}
