using System.Text;
using CaliFlow.Modules.Progress.Photos;
using CaliFlow.Tests.Images;
using Microsoft.Extensions.Options;
using Shouldly;
using SkiaSharp;

namespace CaliFlow.UnitTests.Progress;

public sealed class PhotoImageTests
{
    [Theory]
    [InlineData(SKEncodedImageFormat.Jpeg, "image/jpeg")]
    [InlineData(SKEncodedImageFormat.Png, "image/png")]
    [InlineData(SKEncodedImageFormat.Webp, "image/webp")]
    public void Accepts_the_three_formats_and_keeps_each_one(SKEncodedImageFormat format, string contentType)
    {
        var processed = PhotoImage.Process(TestImages.Encode(64, 48, format));

        processed.IsSuccess.ShouldBeTrue();
        processed.Value.ContentType.ShouldBe(contentType);
        (processed.Value.Width, processed.Value.Height).ShouldBe((64, 48));
        using var codec = SKCodec.Create(SKData.CreateCopy(processed.Value.Image));
        codec.EncodedFormat.ShouldBe(format);
    }

    [Fact]
    public void Refuses_what_is_not_a_picture_whatever_it_is_called()
    {
        PhotoImage.Process(Encoding.UTF8.GetBytes("<?php echo 'not a photo'; ?>")).Error.ShouldBe(PhotoImage.NotAnImage);
        PhotoImage.Process([0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]).Error.ShouldBe(PhotoImage.NotAnImage); // a JPEG header and nothing else
        PhotoImage.Process(TestImages.Encode(8, 8, SKEncodedImageFormat.Jpeg)[..40]).IsSuccess.ShouldBeFalse();
    }

    [Fact]
    public void Removes_camera_and_gps_metadata_and_turns_the_picture_upright()
    {
        // Orientation 6: the camera was turned a quarter clockwise; a viewer rotates 90° clockwise to show it.
        var upload = TestImages.JpegWithExif(80, 40, orientation: 6);
        TestImages.Contains(upload, TestImages.CameraMake).ShouldBeTrue();

        var processed = PhotoImage.Process(upload).Value;

        TestImages.Contains(processed.Image, TestImages.CameraMake).ShouldBeFalse();
        TestImages.Contains(processed.Image, "Exif").ShouldBeFalse();
        TestImages.Contains(processed.Thumbnail, "Exif").ShouldBeFalse();
        (processed.Width, processed.Height).ShouldBe((40, 80));
        using var upright = SKBitmap.Decode(processed.Image);
        // The left (red) half of the sensor is now on top, the right (blue) half below.
        upright.GetPixel(20, 5).Red.ShouldBeGreaterThan((byte)200);
        upright.GetPixel(20, 75).Blue.ShouldBeGreaterThan((byte)200);
    }

    [Fact]
    public void Makes_a_thumbnail_no_larger_than_320_pixels_keeping_the_shape()
    {
        var processed = PhotoImage.Process(TestImages.Encode(1200, 900, SKEncodedImageFormat.Png)).Value;

        using var thumbnail = SKBitmap.Decode(processed.Thumbnail);
        (thumbnail.Width, thumbnail.Height).ShouldBe((320, 240));
    }

    [Fact]
    public void A_picture_claiming_more_pixels_than_allowed_is_refused_from_its_header_before_decoding()
    {
        var bomb = TestImages.BlackPng(20_000, 20_000); // 400 megapixels: 1.6 GB as a bitmap

        bomb.Length.ShouldBeLessThan(100 * 1024);
        PhotoImage.Process(bomb).Error.ShouldBe(PhotoImage.TooManyPixels(PhotoImage.DefaultMaxPixels));
        PhotoImage.Process(TestImages.BlackPng(1000, 1000), maxPixels: 999_999).Error!.Code.ShouldBe("photo_too_many_pixels");
    }

    [Theory]
    [InlineData(SKEncodedImageFormat.Jpeg, 8000, 4000, 4000, 2000)] // JPEG decodes in halves down to an eighth
    [InlineData(SKEncodedImageFormat.Webp, 6000, 3000, 4096, 2048)] // WebP at any scale
    public void A_large_picture_is_decoded_at_a_reduced_scale_never_as_the_full_bitmap(
        SKEncodedImageFormat format, int width, int height, int storedWidth, int storedHeight)
    {
        var upload = TestImages.Grey(width, height, format);

        using (var codec = SKCodec.Create(SKData.CreateCopy(upload)))
        {
            var decoded = PhotoImage.DecodeSize(codec)!.Value;
            (decoded.Width, decoded.Height).ShouldBe((storedWidth, storedHeight));
        }

        var processed = PhotoImage.Process(upload).Value;
        (processed.Width, processed.Height).ShouldBe((storedWidth, storedHeight));
        using var stored = SKBitmap.Decode(processed.Image);
        (stored.Width, stored.Height).ShouldBe((storedWidth, storedHeight));
    }

    [Fact]
    public void A_png_decodes_only_at_full_size_so_it_may_have_no_more_pixels_than_a_stored_photo()
    {
        var square = TestImages.BlackPng(5000, 5000); // 25 megapixels: under the header limit, over what a PNG may decode to
        using (var codec = SKCodec.Create(SKData.CreateCopy(square)))
        {
            PhotoImage.DecodeSize(codec).ShouldBeNull();
        }

        PhotoImage.Process(square).Error.ShouldBe(PhotoImage.TooManyPixelsToDecode);

        var wide = PhotoImage.Process(TestImages.BlackPng(6000, 2000)).Value; // 12 megapixels: decoded whole, stored scaled
        (wide.Width, wide.Height).ShouldBe((4096, 1365));
    }

    [Fact]
    public void A_large_turned_photo_is_turned_and_scaled_down_in_one_step()
    {
        var processed = PhotoImage.Process(TestImages.JpegWithExif(5000, 2500, orientation: 6)).Value;

        (processed.Width, processed.Height).ShouldBe((2048, 4096));
        using var upright = SKBitmap.Decode(processed.Image);
        upright.GetPixel(1024, 100).Red.ShouldBeGreaterThan((byte)200);
        upright.GetPixel(1024, 4000).Blue.ShouldBeGreaterThan((byte)200);
    }

    [Fact]
    public async Task Uploads_beyond_the_slots_wait_briefly_and_are_turned_away_until_a_slot_is_freed()
    {
        var ct = TestContext.Current.CancellationToken;
        using var slots = new PhotoUploadSlots(Options.Create(new PhotoOptions { MaxConcurrentUploads = 1, UploadSlotWait = TimeSpan.FromMilliseconds(50) }));

        var first = await slots.TryEnterAsync(ct);
        first.ShouldNotBeNull();
        (await slots.TryEnterAsync(ct)).ShouldBeNull();

        first.Dispose();
        first.Dispose(); // a second dispose does not free a second slot
        using var second = await slots.TryEnterAsync(ct);
        second.ShouldNotBeNull();
        (await slots.TryEnterAsync(ct)).ShouldBeNull();
        slots.RetryAfterSeconds.ShouldBe(1);
    }
}
