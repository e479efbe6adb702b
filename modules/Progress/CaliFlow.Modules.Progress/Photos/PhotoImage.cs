using CaliFlow.BuildingBlocks.Application;
using SkiaSharp;

namespace CaliFlow.Modules.Progress.Photos;

/// <summary>An uploaded photo made safe to keep: decoded, upright, re-encoded without any metadata, plus a thumbnail.</summary>
internal sealed record ProcessedPhoto(string ContentType, string Extension, int Width, int Height, byte[] Image, byte[] Thumbnail);

/// <summary>
/// Checks an upload by decoding it, never by its name or declared type, and writes fresh pixels: the encoders add no EXIF, so GPS
/// position, camera and time stamps are gone. The EXIF orientation is applied first so the photo still stands the right way up.
/// </summary>
/// <remarks>
/// A small file can claim a huge picture (a 50-megapixel PNG of one colour compresses to a few hundred KB and decodes to 200 MB), so
/// memory is bounded before any pixel is decoded: the size is read from the header, and the picture is decoded at a reduced scale
/// (JPEG in halves down to an eighth, WebP at any scale) so that the decoded bitmap never holds more than a stored photo's worth of
/// pixels, <see cref="MaxDecodedPixels"/>. A format the codec cannot decode scaled (PNG) is refused above that. One decode then
/// costs at most two bitmaps of that size (the decoded one and the upright, scaled one), whatever the upload claimed.
/// </remarks>
internal static class PhotoImage
{
    public const long MaxBytes = 10 * 1024 * 1024;

    /// <summary>
    /// The most pixels an upload's header may claim (<c>Photos:MaxPixels</c>): the full-resolution mode of 50-megapixel phone cameras
    /// (8160 × 6120) fits. Memory does not grow with it (decoding is scaled); the time spent reading the file does.
    /// </summary>
    public const long DefaultMaxPixels = 50_000_000;

    /// <summary>Stored photos are scaled down to this on their longer side; more adds bytes, not detail anyone looks at.</summary>
    public const int MaxSide = 4096;

    /// <summary>The most pixels ever decoded at once: a square stored photo's worth, 64 MiB at 4 bytes a pixel.</summary>
    public const long MaxDecodedPixels = (long)MaxSide * MaxSide;

    public const int ThumbnailSide = 320;

    private const int Quality = 88;

    /// <summary>Scaled sizes asked of the codec go no lower than this (JPEG's smallest is an eighth).</summary>
    private const float MinScale = 1f / 16;

    public static readonly Error NotAnImage = Error.Validation(
        "photo_not_an_image", "The file is not a JPEG, PNG or WebP image.", "file");

    public static readonly Error TooManyPixelsToDecode = Error.Validation(
        "photo_too_many_pixels",
        $"This image cannot be decoded at a reduced size (PNG does not allow it), so it may have at most {MaxSide} × {MaxSide} pixels.",
        "file");

    public static Error TooManyPixels(long maxPixels) => Error.Validation(
        "photo_too_many_pixels", $"The image has more than {maxPixels / 1_000_000d:0.#} megapixels.", "file");

    public static Result<ProcessedPhoto> Process(byte[] content, long maxPixels = DefaultMaxPixels)
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

        // The header's claim, checked before a single pixel is decoded.
        if ((long)codec.Info.Width * codec.Info.Height > maxPixels)
        {
            return TooManyPixels(maxPixels);
        }

        if (DecodeSize(codec) is not { } size)
        {
            return TooManyPixelsToDecode;
        }

        var info = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, codec.Info.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Premul);
        using var decoded = new SKBitmap(info);
        var result = codec.GetPixels(info, decoded.GetPixels());
        if (result is not (SKCodecResult.Success or SKCodecResult.IncompleteInput))
        {
            return NotAnImage;
        }

        // A typical phone photo needs neither turning nor scaling: no copy is made for it.
        using var transformed = Transform(decoded, codec.EncodedOrigin, MaxSide);
        var image = transformed ?? decoded;
        using var thumbnail = ScaleDown(image, ThumbnailSide);
        return new ProcessedPhoto(
            contentType, extension, image.Width, image.Height, Encode(image, codec.EncodedFormat), Encode(thumbnail, codec.EncodedFormat));
    }

    /// <summary>
    /// The size to decode at: the picture scaled towards <see cref="MaxSide"/> as far as the codec can scale it, and never more than
    /// <see cref="MaxDecodedPixels"/>; null when the codec cannot get under that (it decodes only at full size and the picture is larger).
    /// </summary>
    public static SKSizeI? DecodeSize(SKCodec codec)
    {
        var scale = Math.Min(1f, (float)MaxSide / Math.Max(codec.Info.Width, codec.Info.Height));
        var size = codec.GetScaledDimensions(scale);
        // Codecs round to the scales they support, possibly up (JPEG: 0.8 decodes at full size): halve until it fits.
        while (Pixels(size) > MaxDecodedPixels && scale > MinScale)
        {
            scale /= 2;
            size = codec.GetScaledDimensions(scale);
        }

        return Pixels(size) <= MaxDecodedPixels ? size : null;

        static long Pixels(SKSizeI size) => (long)size.Width * size.Height;
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

    /// <summary>
    /// Draws the pixels the way the camera's orientation tag says they should be seen, scaled to at most <paramref name="maxSide"/> on
    /// the longer side, in one pass (one new bitmap); null when the source is already upright and small enough.
    /// </summary>
    private static SKBitmap? Transform(SKBitmap source, SKEncodedOrigin origin, int maxSide)
    {
        float w = source.Width, h = source.Height;
        var swapsSides = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var scale = Math.Min(1d, (double)maxSide / Math.Max(source.Width, source.Height));
        if (origin == SKEncodedOrigin.TopLeft && scale >= 1)
        {
            return null;
        }

        // x' = ScaleX·x + SkewX·y + TransX, y' = SkewY·x + ScaleY·y + TransY
        var turn = origin switch
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

        var (uprightWidth, uprightHeight) = swapsSides ? (source.Height, source.Width) : (source.Width, source.Height);
        var width = Math.Max(1, (int)Math.Round(uprightWidth * scale));
        var height = Math.Max(1, (int)Math.Round(uprightHeight * scale));
        var result = new SKBitmap(new SKImageInfo(width, height, source.ColorType, source.AlphaType));
        using var canvas = new SKCanvas(result);
        // Turn first, then scale what was turned to the size of the result.
        canvas.SetMatrix(SKMatrix.CreateScale((float)width / uprightWidth, (float)height / uprightHeight).PreConcat(turn));
        canvas.DrawBitmap(source, 0, 0, new SKSamplingOptions(SKCubicResampler.Mitchell));
        return result;
    }
}
