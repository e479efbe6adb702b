using System.Buffers.Binary;
using System.Text;
using SkiaSharp;

namespace CaliFlow.Tests.Images;

/// <summary>Images made on the spot for photo tests, including a JPEG carrying camera and GPS metadata written by hand.</summary>
internal static class TestImages
{
    /// <summary>The camera name written into the EXIF block; it must not survive an upload.</summary>
    public const string CameraMake = "CaliSpyCam";

    /// <summary>A picture whose left half is red and right half blue.</summary>
    public static byte[] Encode(int width, int height, SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            using var red = new SKPaint { Color = SKColors.Red };
            using var blue = new SKPaint { Color = SKColors.Blue };
            canvas.DrawRect(0, 0, width / 2f, height, red);
            canvas.DrawRect(width / 2f, 0, width / 2f, height, blue);
        }

        using var data = bitmap.Encode(format, 90);
        return data.ToArray();
    }

    /// <summary>
    /// A JPEG with an EXIF block right after the start marker: camera make, orientation, and a GPS latitude of 51° 30' N.
    /// </summary>
    public static byte[] JpegWithExif(int width, int height, ushort orientation)
    {
        var jpeg = Encode(width, height, SKEncodedImageFormat.Jpeg);
        var tiff = ExifTiff(orientation);
        var segment = new byte[2 + 2 + 6 + tiff.Length];
        segment[0] = 0xFF;
        segment[1] = 0xE1; // APP1
        BinaryPrimitives.WriteUInt16BigEndian(segment.AsSpan(2), (ushort)(2 + 6 + tiff.Length));
        "Exif\0\0"u8.CopyTo(segment.AsSpan(4));
        tiff.CopyTo(segment.AsSpan(10));
        return [.. jpeg.AsSpan(0, 2), .. segment, .. jpeg.AsSpan(2)];
    }

    public static bool Contains(byte[] haystack, string needle) => haystack.AsSpan().IndexOf(Encoding.ASCII.GetBytes(needle)) >= 0;

    /// <summary>A little-endian TIFF: IFD0 (Make, Orientation, pointer to GPS IFD) and a GPS IFD (latitude ref and latitude).</summary>
    private static byte[] ExifTiff(ushort orientation)
    {
        var tiff = new byte[116];
        var span = tiff.AsSpan();
        "II"u8.CopyTo(span);
        BinaryPrimitives.WriteUInt16LittleEndian(span[2..], 42);
        BinaryPrimitives.WriteUInt32LittleEndian(span[4..], 8);

        const int ifd0 = 8, make = 50, gpsIfd = 62, latitude = 92;
        BinaryPrimitives.WriteUInt16LittleEndian(span[ifd0..], 3);
        Entry(span, ifd0 + 2, tag: 0x010F, type: 2, count: CameraMake.Length + 1, value: make);
        Entry(span, ifd0 + 14, tag: 0x0112, type: 3, count: 1, value: orientation);
        Entry(span, ifd0 + 26, tag: 0x8825, type: 4, count: 1, value: gpsIfd);
        Encoding.ASCII.GetBytes(CameraMake).CopyTo(span[make..]);

        BinaryPrimitives.WriteUInt16LittleEndian(span[gpsIfd..], 2);
        Entry(span, gpsIfd + 2, tag: 0x0001, type: 2, count: 2, value: 'N');
        Entry(span, gpsIfd + 14, tag: 0x0002, type: 5, count: 3, value: latitude);
        uint[] degreesMinutesSeconds = [51, 1, 30, 1, 0, 1];
        for (var i = 0; i < degreesMinutesSeconds.Length; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(span[(latitude + (4 * i))..], degreesMinutesSeconds[i]);
        }

        return tiff;
    }

    private static void Entry(Span<byte> span, int at, ushort tag, ushort type, int count, int value)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(span[at..], tag);
        BinaryPrimitives.WriteUInt16LittleEndian(span[(at + 2)..], type);
        BinaryPrimitives.WriteUInt32LittleEndian(span[(at + 4)..], (uint)count);
        BinaryPrimitives.WriteUInt32LittleEndian(span[(at + 8)..], (uint)value);
    }
}
