using System.Text;
using CaliFlow.Modules.Progress.Photos;
using CaliFlow.Tests.Images;
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
}
