using System.Buffers.Binary;
using System.IO.Compression;
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

    /// <summary>A grey picture of any size, made from one byte a pixel (a tenth of the memory of <see cref="Encode"/>).</summary>
    public static byte[] Grey(int width, int height, SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Gray8, SKAlphaType.Opaque));
        bitmap.Erase(SKColors.Gray);
        using var data = bitmap.Encode(format, 80);
        return data.ToArray();
    }

    /// <summary>
    /// A valid all-black PNG written by hand (1-bit greyscale): rows of zeros compress about a thousand to one, so a file of tens of KB
    /// can claim hundreds of megapixels. The picture is never held in memory here.
    /// </summary>
    public static byte[] BlackPng(int width, int height)
    {
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = 1; // bit depth; colour type 0 (grey), deflate, no filter method, not interlaced
        Chunk(png, "IHDR", header);

        using var rows = new MemoryStream();
        using (var zlib = new ZLibStream(rows, CompressionLevel.Optimal, leaveOpen: true))
        {
            var row = new byte[1 + ((width + 7) / 8)]; // filter type 0 and the row's bits, all zero
            for (var y = 0; y < height; y++)
            {
                zlib.Write(row);
            }
        }

        Chunk(png, "IDAT", rows.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
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

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var typed = new byte[4 + data.Length];
        Encoding.ASCII.GetBytes(type).CopyTo(typed, 0);
        data.CopyTo(typed, 4);
        var number = new byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        png.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc32(typed));
        png.Write(number);
    }

    /// <summary>The CRC-32 every PNG chunk ends with (ISO 3309, reflected polynomial 0xEDB88320).</summary>
    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }

    private static void Entry(Span<byte> span, int at, ushort tag, ushort type, int count, int value)
    {
        BinaryPrimitives.WriteUInt16LittleEndian(span[at..], tag);
        BinaryPrimitives.WriteUInt16LittleEndian(span[(at + 2)..], type);
        BinaryPrimitives.WriteUInt32LittleEndian(span[(at + 4)..], (uint)count);
        BinaryPrimitives.WriteUInt32LittleEndian(span[(at + 8)..], (uint)value);
    }
}
