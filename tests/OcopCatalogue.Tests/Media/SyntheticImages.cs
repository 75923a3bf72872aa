using System.Buffers.Binary;
using System.Text;

namespace OcopCatalogue.Tests.Media;

/// <summary>
/// Image files written byte by byte: real headers (JPEG SOF, PNG IHDR, WebP VP8/VP8L/VP8X) around no real pixels,
/// enough for the inspector, which reads headers only. A 50-megapixel header costs a few bytes here.
/// </summary>
public static class SyntheticImages
{
    /// <summary>SOI, JFIF APP0, optional Exif APP1, SOF0 with the size, SOS, a little scan data and EOI.</summary>
    public static byte[] Jpeg(int width, int height, ushort? orientation = null, bool progressive = false)
    {
        var bytes = new List<byte> { 0xFF, 0xD8 };
        bytes.AddRange(Segment(0xE0, [.. "JFIF\0"u8, 1, 1, 0, 0, 1, 0, 1, 0, 0]));
        if (orientation is { } o)
        {
            bytes.AddRange(Segment(0xE1, OrientationExif(o)));
        }

        var frame = new byte[15];
        frame[0] = 8;
        BinaryPrimitives.WriteUInt16BigEndian(frame.AsSpan(1), (ushort)height);
        BinaryPrimitives.WriteUInt16BigEndian(frame.AsSpan(3), (ushort)width);
        frame[5] = 3;
        bytes.AddRange(Segment(progressive ? (byte)0xC2 : (byte)0xC0, frame));
        bytes.AddRange(Segment(0xDA, [3, 1, 0, 2, 0x11, 3, 0x11, 0, 0x3F, 0]));
        // Scan data: an escaped 0xFF (FF 00) and a restart marker, neither of which ends the image.
        bytes.AddRange([0x12, 0x34, 0xFF, 0x00, 0x56, 0xFF, 0xD0, 0x78]);
        bytes.AddRange([0xFF, 0xD9]);
        return [.. bytes];
    }

    /// <summary>The signature, IHDR with the size, one empty IDAT and IEND (CRCs left zero: the inspector does not check them).</summary>
    public static byte[] Png(int width, int height)
    {
        var bytes = new List<byte> { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A };
        var ihdr = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(ihdr, (uint)width);
        BinaryPrimitives.WriteUInt32BigEndian(ihdr.AsSpan(4), (uint)height);
        ihdr[8] = 8;
        ihdr[9] = 2;
        bytes.AddRange(Chunk("IHDR", ihdr));
        bytes.AddRange(Chunk("IDAT", [0x78, 0x9C, 0x03, 0x00]));
        bytes.AddRange(Chunk("IEND", []));
        return [.. bytes];
    }

    /// <summary>A lossy WebP: RIFF, WEBP, a VP8 chunk with the key frame header.</summary>
    public static byte[] WebPLossy(int width, int height)
    {
        var data = new byte[20];
        data[0] = 0x10;
        data[3] = 0x9D;
        data[4] = 0x01;
        data[5] = 0x2A;
        BinaryPrimitives.WriteUInt16LittleEndian(data.AsSpan(6), (ushort)width);
        BinaryPrimitives.WriteUInt16LittleEndian(data.AsSpan(8), (ushort)height);
        return Riff("VP8 ", data);
    }

    /// <summary>A lossless WebP: a VP8L chunk with the signature byte and 14-bit sizes less one.</summary>
    public static byte[] WebPLossless(int width, int height)
    {
        var data = new byte[20];
        data[0] = 0x2F;
        BinaryPrimitives.WriteUInt32LittleEndian(data.AsSpan(1), (uint)((width - 1) | ((height - 1) << 14)));
        return Riff("VP8L", data);
    }

    /// <summary>An extended WebP: a VP8X chunk with 24-bit canvas sizes less one.</summary>
    public static byte[] WebPExtended(int width, int height)
    {
        var data = new byte[20];
        WriteUInt24(data.AsSpan(4), width - 1);
        WriteUInt24(data.AsSpan(7), height - 1);
        return Riff("VP8X", data);
    }

    /// <summary>An APP1 Exif payload with a GPS IFD placing the camera at Hà Nội (21.03 N, 105.85 E).</summary>
    public static byte[] GpsExif()
    {
        // Little-endian TIFF: header, IFD0 with one entry (the GPS IFD pointer), the GPS IFD, then its rationals.
        var tiff = new List<byte>();
        tiff.AddRange("II"u8.ToArray());
        tiff.AddRange(U16(42));
        tiff.AddRange(U32(8));
        // IFD0 at 8: 1 entry, then next-IFD 0.
        tiff.AddRange(U16(1));
        tiff.AddRange(Entry(0x8825, 4, 1, 26));
        tiff.AddRange(U32(0));
        // GPS IFD at 26: 5 entries (2 + 5 * 12 + 4 = 66 bytes), values from 92.
        tiff.AddRange(U16(5));
        tiff.AddRange(Entry(0x0000, 1, 4, BinaryPrimitives.ReadUInt32LittleEndian([2, 3, 0, 0])));
        tiff.AddRange(Entry(0x0001, 2, 2, 'N'));
        tiff.AddRange(Entry(0x0002, 5, 3, 92));
        tiff.AddRange(Entry(0x0003, 2, 2, 'E'));
        tiff.AddRange(Entry(0x0004, 5, 3, 116));
        tiff.AddRange(U32(0));
        foreach (var (numerator, denominator) in new[] { (21u, 1u), (1u, 1u), (480u, 100u), (105u, 1u), (51u, 1u), (1200u, 100u) })
        {
            tiff.AddRange(U32(numerator));
            tiff.AddRange(U32(denominator));
        }

        return [.. "Exif\0\0"u8, .. tiff];
    }

    /// <summary>Inserts an APP1 Exif segment right after a JPEG's SOI marker.</summary>
    public static byte[] WithExif(byte[] jpeg, byte[] exifPayload)
    {
        ArgumentNullException.ThrowIfNull(jpeg);
        return [.. jpeg.AsSpan(0, 2), .. Segment(0xE1, exifPayload), .. jpeg.AsSpan(2)];
    }

    public static byte[] OrientationExif(ushort orientation)
    {
        var tiff = new List<byte>();
        tiff.AddRange("MM"u8.ToArray());
        tiff.AddRange([0, 42, 0, 0, 0, 8]);
        tiff.AddRange([0, 1]);
        // Tag 0x0112 SHORT, count 1, value in the first two bytes (big-endian).
        tiff.AddRange([0x01, 0x12, 0, 3, 0, 0, 0, 1, (byte)(orientation >> 8), (byte)orientation, 0, 0]);
        tiff.AddRange([0, 0, 0, 0]);
        return [.. "Exif\0\0"u8, .. tiff];
    }

    private static byte[] Segment(byte marker, byte[] payload)
    {
        var length = payload.Length + 2;
        return [0xFF, marker, (byte)(length >> 8), (byte)length, .. payload];
    }

    private static byte[] Chunk(string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(length, (uint)data.Length);
        return [.. length, .. Encoding.ASCII.GetBytes(type), .. data, 0, 0, 0, 0];
    }

    private static byte[] Riff(string chunk, byte[] data)
    {
        var body = new List<byte>();
        body.AddRange("WEBP"u8.ToArray());
        body.AddRange(Encoding.ASCII.GetBytes(chunk));
        body.AddRange(U32((uint)data.Length));
        body.AddRange(data);
        return [.. "RIFF"u8, .. U32((uint)body.Count), .. body];
    }

    private static void WriteUInt24(Span<byte> target, int value)
    {
        target[0] = (byte)value;
        target[1] = (byte)(value >> 8);
        target[2] = (byte)(value >> 16);
    }

    private static byte[] U16(ushort value)
    {
        var b = new byte[2];
        BinaryPrimitives.WriteUInt16LittleEndian(b, value);
        return b;
    }

    private static byte[] U32(uint value)
    {
        var b = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(b, value);
        return b;
    }

    private static byte[] Entry(ushort tag, ushort type, uint count, uint value) => [.. U16(tag), .. U16(type), .. U32(count), .. U32(value)];
}
