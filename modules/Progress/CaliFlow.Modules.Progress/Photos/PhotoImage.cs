using CaliFlow.BuildingBlocks.Application;
using SkiaSharp;

namespace CaliFlow.Modules.Progress.Photos;

/// <summary>An uploaded photo made safe to keep: decoded, upright, re-encoded without any metadata, plus a thumbnail.</summary>
internal sealed record ProcessedPhoto(string ContentType, string Extension, int Width, int Height, byte[] Image, byte[] Thumbnail);

/// <summary>
/// Checks an upload by decoding it, never by its name or declared type, and writes fresh pixels: the encoders add no EXIF, so GPS
/// position, camera and time stamps are gone. The EXIF orientation is applied first so the photo still stands the right way up.
/// </summary>
internal static class PhotoImage
{
    public const long MaxBytes = 10 * 1024 * 1024;

    /// <summary>Refuses decompression bombs: a small file that would expand to gigabytes of pixels.</summary>
    public const long MaxPixels = 50_000_000;

    /// <summary>Stored photos are scaled down to this on their longer side; more adds bytes, not detail anyone looks at.</summary>
    public const int MaxSide = 4096;

    public const int ThumbnailSide = 320;

    private const int Quality = 88;

    public static readonly Error NotAnImage = Error.Validation(
        "photo_not_an_image", "The file is not a JPEG, PNG or WebP image.", "file");

    public static readonly Error TooManyPixels = Error.Validation(
        "photo_too_many_pixels", $"The image has more than {MaxPixels / 1_000_000} megapixels.", "file");

    public static Result<ProcessedPhoto> Process(byte[] content)
    {
        using var data = SKData.CreateCopy(content);
        using var codec = SKCodec.Create(data);
        if (codec is null)
        {
            return NotAnImage;
        }

        var (contentType, extension) = codec.EncodedFormat switch
        {
            SKEncodedImageFormat.Jpeg => ("image/jpeg", "jpg"),
            SKEncodedImageFormat.Png => ("image/png", "png"),
            SKEncodedImageFormat.Webp => ("image/webp", "webp"),
            _ => (null, null),
        };
        if (contentType is null || extension is null)
        {
            return NotAnImage;
        }

        if ((long)codec.Info.Width * codec.Info.Height > MaxPixels)
        {
            return TooManyPixels;
        }

        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, codec.Info.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Premul);
        using var decoded = new SKBitmap(info);
        var result = codec.GetPixels(info, decoded.GetPixels());
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
        {
            return NotAnImage;
        }

        // A typical phone photo needs neither turning nor scaling: no full-size copies are made for it.
        using var turned = codec.EncodedOrigin == SKEncodedOrigin.TopLeft ? null : Upright(decoded, codec.EncodedOrigin);
        var upright = turned ?? decoded;
        using var scaled = Math.Max(upright.Width, upright.Height) <= MaxSide ? null : ScaleDown(upright, MaxSide);
        var image = scaled ?? upright;
        using var thumbnail = ScaleDown(upright, ThumbnailSide);
        return new ProcessedPhoto(
            contentType, extension, image.Width, image.Height, Encode(image, codec.EncodedFormat), Encode(thumbnail, codec.EncodedFormat));
    }

    private static byte[] Encode(SKBitmap bitmap, SKEncodedImageFormat format)
    {
        using var data = bitmap.Encode(format, Quality);
        return data.ToArray();
    }

    private static SKBitmap ScaleDown(SKBitmap source, int maxSide)
    {
        var scale = Math.Min(1d, (double)maxSide / Math.Max(source.Width, source.Height));
        var width = Math.Max(1, (int)Math.Round(source.Width * scale));
        var height = Math.Max(1, (int)Math.Round(source.Height * scale));
        return source.Resize(new SKImageInfo(width, height, source.ColorType, source.AlphaType), new SKSamplingOptions(SKCubicResampler.Mitchell));
    }

    /// <summary>Draws the pixels the way the camera's orientation tag says they should be seen.</summary>
    private static SKBitmap Upright(SKBitmap source, SKEncodedOrigin origin)
    {
        float w = source.Width, h = source.Height;
        var swapsSides = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        // x' = ScaleX·x + SkewX·y + TransX, y' = SkewY·x + ScaleY·y + TransY
        var matrix = origin switch
        {
            SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
            SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
            SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),
            _ => SKMatrix.Identity,
        };

        var upright = new SKBitmap(new SKImageInfo(swapsSides ? source.Height : source.Width, swapsSides ? source.Width : source.Height, source.ColorType, source.AlphaType));
        using var canvas = new SKCanvas(upright);
        canvas.SetMatrix(matrix);
        canvas.DrawBitmap(source, 0, 0, SKSamplingOptions.Default);
        return upright;
    }
}
