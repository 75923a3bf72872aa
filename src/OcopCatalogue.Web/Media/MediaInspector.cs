using System.Buffers.Binary;
using System.Text;

namespace OcopCatalogue.Web.Media;

/// <summary>
/// Decides from an upload's bytes alone whether the library takes it: JPEG, PNG or WebP by their signatures, the
/// pixel size read from the headers (JPEG SOF, PNG IHDR, WebP VP8/VP8L/VP8X) without decoding anything, and the
/// end of the data present. The file name and the browser's content type are never consulted: a PHP script called
/// photo.jpg is not an image, and an SVG is refused whatever it is called.
/// </summary>
public static class MediaInspector
{
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Inspects a readable, seekable stream from its start; the position is left anywhere.</summary>
    public static MediaInspection Inspect(Stream content, MediaOptions limits)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(limits);
        if (!content.CanSeek || !content.CanRead)
        {
            throw new ArgumentException("The inspector needs a readable, seekable stream.", nameof(content));
        }

        var length = content.Length;
        if (length == 0)
        {
            return MediaInspection.Refused(MediaProblem.Empty);
        }

        if (length > limits.MaxBytes)
        {
            return MediaInspection.Refused(MediaProblem.TooLarge);
        }

        var file = new FileBytes(content);
        var head = file.Read(0, 32);
        var inspection = head switch
        {
            [0xFF, 0xD8, 0xFF, ..] => InspectJpeg(file),
            _ when head.AsSpan().StartsWith(PngSignature) => InspectPng(file),
            [(byte)'R', (byte)'I', (byte)'F', (byte)'F', _, _, _, _, (byte)'W', (byte)'E', (byte)'B', (byte)'P', ..] => InspectWebP(file),
            _ when LooksLikeSvg(file) => MediaInspection.Refused(MediaProblem.Svg),
            _ => MediaInspection.Refused(MediaProblem.NotAnImage),
        };

        if (inspection.IsAccepted && inspection.Pixels > limits.MaxPixels)
        {
            return inspection with { Problem = MediaProblem.TooManyPixels };
        }

        return inspection;
    }

    private static MediaInspection InspectJpeg(FileBytes file)
    {
        long position = 2;
        int width = 0, height = 0;
        ushort? orientation = null;
        long scanStart = -1;
        while (scanStart < 0)
        {
            var next = file.Read(position, 1);
            if (next.Length == 0)
            {
                return MediaInspection.Refused(MediaProblem.Truncated, MediaFormat.Jpeg);
            }

            if (next[0] != 0xFF)
            {
                return MediaInspection.Refused(MediaProblem.Unreadable, MediaFormat.Jpeg);
            }

            // Any number of 0xFF fill bytes may come before a marker.
            byte marker;
            do
            {
                position++;
                var b = file.Read(position, 1);
                if (b.Length == 0)
                {
                    return MediaInspection.Refused(MediaProblem.Truncated, MediaFormat.Jpeg);
                }

                marker = b[0];
            }
            while (marker == 0xFF);

            position++;
            if (marker is 0xD8 or 0x01 or >= 0xD0 and <= 0xD7)
            {
                continue;
            }

            if (marker == 0xD9)
            {
                // The image ends before any image data.
                return MediaInspection.Refused(MediaProblem.Unreadable, MediaFormat.Jpeg);
            }

            var lengthBytes = file.Read(position, 2);
            if (lengthBytes.Length < 2)
            {
                return MediaInspection.Refused(MediaProblem.Truncated, MediaFormat.Jpeg);
            }

            var segmentLength = BinaryPrimitives.ReadUInt16BigEndian(lengthBytes);
            if (segmentLength < 2)
            {
                return MediaInspection.Refused(MediaProblem.Unreadable, MediaFormat.Jpeg);
            }

            var segmentEnd = position + segmentLength;
            if (segmentEnd > file.Length)
            {
                return MediaInspection.Refused(MediaProblem.Truncated, MediaFormat.Jpeg);
            }

            // Start-of-frame markers C0–CF carry the size, except C4 (Huffman tables), C8 (reserved) and CC (arithmetic coding).
            if (marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                var frame = file.Read(position + 2, 5);
                if (segmentLength < 8 || frame.Length < 5)
                {
                    return MediaInspection.Refused(MediaProblem.Unreadable, MediaFormat.Jpeg);
                }

                height = BinaryPrimitives.ReadUInt16BigEndian(frame.AsSpan(1));
                width = BinaryPrimitives.ReadUInt16BigEndian(frame.AsSpan(3));
            }
            else if (marker == 0xE1 && segmentLength > 8 && orientation is null)
            {
                // The first Exif segment is the one decoders (libvips through libexif) go by.
                orientation = ExifOrientation(file.Read(position + 2, segmentLength - 2));
            }
            else if (marker == 0xDA)
            {
                scanStart = segmentEnd;
            }

            position = segmentEnd;
        }

        // A height of 0 defers it to a DNL marker after the first scan, which almost nothing writes; refuse rather than guess.
        if (width == 0 || height == 0)
        {
            return MediaInspection.Refused(MediaProblem.Unreadable, MediaFormat.Jpeg);
        }

        // Inside the scan data a 0xFF byte is always followed by 0x00 or a restart marker, so FF D9 after the first
        // scan can only be the end-of-image marker. A file without one was cut short on its way here.
        if (!file.Contains(scanStart, [0xFF, 0xD9]))
        {
            return MediaInspection.Refused(MediaProblem.Truncated, MediaFormat.Jpeg, width, height);
        }

        // EXIF orientations 5–8 turn the picture a quarter: it is shown (and re-encoded) with width and height swapped.
        return orientation is >= 5 and <= 8
            ? new MediaInspection(MediaFormat.Jpeg, height, width, null)
            : new MediaInspection(MediaFormat.Jpeg, width, height, null);
    }

    /// <summary>The orientation tag (0x0112) of IFD0 in an APP1 Exif segment, or null when absent or unreadable.</summary>
    private static ushort? ExifOrientation(ReadOnlySpan<byte> segment)
    {
        if (!segment.StartsWith("Exif\0\0"u8))
        {
            return null;
        }

        var tiff = segment[6..];
        if (tiff.Length < 8)
        {
            return null;
        }

        var little = tiff[0] == (byte)'I' && tiff[1] == (byte)'I';
        if (!little && !(tiff[0] == (byte)'M' && tiff[1] == (byte)'M'))
        {
            return null;
        }

        uint U32(ReadOnlySpan<byte> b) => little ? BinaryPrimitives.ReadUInt32LittleEndian(b) : BinaryPrimitives.ReadUInt32BigEndian(b);
        ushort U16(ReadOnlySpan<byte> b) => little ? BinaryPrimitives.ReadUInt16LittleEndian(b) : BinaryPrimitives.ReadUInt16BigEndian(b);

        var ifd = U32(tiff[4..]);
        if (ifd > (uint)tiff.Length - 2)
        {
            return null;
        }

        var count = U16(tiff[(int)ifd..]);
        for (var i = 0; i < count; i++)
        {
            var entry = (long)ifd + 2 + (i * 12L);
            if (entry + 12 > tiff.Length)
            {
                return null;
            }

            var at = tiff.Slice((int)entry, 12);
            if (U16(at) == 0x0112 && U16(at[2..]) == 3)
            {
                return U16(at[8..]);
            }
        }

        return null;
    }

    private static MediaInspection InspectPng(FileBytes file)
    {
        // The first chunk must be IHDR (13 bytes): width and height as 4-byte big-endian numbers.
        var header = file.Read(8, 16);
        if (header.Length < 16)
        {
            return MediaInspection.Refused(MediaProblem.Truncated, MediaFormat.Png);
        }

        if (BinaryPrimitives.ReadUInt32BigEndian(header) != 13 || !header.AsSpan(4, 4).SequenceEqual("IHDR"u8))
        {
            return MediaInspection.Refused(MediaProblem.Unreadable, MediaFormat.Png);
        }

        var width = BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(8));
        var height = BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(12));
        if (width == 0 || height == 0 || width > int.MaxValue || height > int.MaxValue)
        {
            return MediaInspection.Refused(MediaProblem.Unreadable, MediaFormat.Png);
        }

        // A complete PNG ends with its IEND chunk; a little trailing junk after it is tolerated, as decoders do.
        var tailStart = Math.Max(0, file.Length - 1024);
        if (!file.Contains(tailStart, "IEND"u8.ToArray()))
        {
            return MediaInspection.Refused(MediaProblem.Truncated, MediaFormat.Png, (int)width, (int)height);
        }

        return new MediaInspection(MediaFormat.Png, (int)width, (int)height, null);
    }

    private static MediaInspection InspectWebP(FileBytes file)
    {
        var header = file.Read(0, 30);
        if (header.Length < 30)
        {
            return MediaInspection.Refused(MediaProblem.Truncated, MediaFormat.WebP);
        }

        // The RIFF size counts everything after its own 8 bytes, so a shorter file was cut short.
        var riffSize = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(4));
        if (file.Length < 8L + riffSize)
        {
            return MediaInspection.Refused(MediaProblem.Truncated, MediaFormat.WebP);
        }

        var chunk = Encoding.ASCII.GetString(header, 12, 4);
        var data = header.AsSpan(20);
        int width, height;
        switch (chunk)
        {
            case "VP8 ":
                // Lossy: a 3-byte frame tag, the start code 9D 01 2A, then 14-bit width and height.
                if (data[3] != 0x9D || data[4] != 0x01 || data[5] != 0x2A)
                {
                    return MediaInspection.Refused(MediaProblem.Unreadable, MediaFormat.WebP);
                }

                width = BinaryPrimitives.ReadUInt16LittleEndian(data[6..]) & 0x3FFF;
                height = BinaryPrimitives.ReadUInt16LittleEndian(data[8..]) & 0x3FFF;
                break;
            case "VP8L":
                // Lossless: the signature 0x2F, then width−1 and height−1 in 14 bits each.
                if (data[0] != 0x2F)
                {
                    return MediaInspection.Refused(MediaProblem.Unreadable, MediaFormat.WebP);
                }

                var bits = BinaryPrimitives.ReadUInt32LittleEndian(data[1..]);
                width = (int)(bits & 0x3FFF) + 1;
                height = (int)((bits >> 14) & 0x3FFF) + 1;
                break;
            case "VP8X":
                // Extended: flags, 3 reserved bytes, then canvas width−1 and height−1 in 24 bits each.
                width = (data[4] | (data[5] << 8) | (data[6] << 16)) + 1;
                height = (data[7] | (data[8] << 8) | (data[9] << 16)) + 1;
                break;
            default:
                return MediaInspection.Refused(MediaProblem.Unreadable, MediaFormat.WebP);
        }

        return width == 0 || height == 0
            ? MediaInspection.Refused(MediaProblem.Unreadable, MediaFormat.WebP)
            : new MediaInspection(MediaFormat.WebP, width, height, null);
    }

    /// <summary>Markup whose first element is an svg (after a BOM, white space, an XML declaration or comments).</summary>
    private static bool LooksLikeSvg(FileBytes file)
    {
        var text = Encoding.UTF8.GetString(file.Read(0, 4096)).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return text.StartsWith('<') && text.Contains("<svg", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Bounded reads at given offsets of the upload.</summary>
    private sealed class FileBytes(Stream stream)
    {
        public long Length { get; } = stream.Length;

        public byte[] Read(long offset, int count)
        {
            if (offset >= Length || count <= 0)
            {
                return [];
            }

            var buffer = new byte[(int)Math.Min(count, Length - offset)];
            stream.Position = offset;
            stream.ReadExactly(buffer);
            return buffer;
        }

        /// <summary>Whether the bytes from <paramref name="offset"/> to the end contain <paramref name="pattern"/>.</summary>
        public bool Contains(long offset, byte[] pattern)
        {
            const int ChunkSize = 1 << 16;
            var buffer = new byte[ChunkSize + pattern.Length];
            stream.Position = offset;
            var carried = 0;
            while (true)
            {
                var read = stream.Read(buffer, carried, ChunkSize);
                if (read == 0)
                {
                    return false;
                }

                var filled = carried + read;
                if (buffer.AsSpan(0, filled).IndexOf(pattern) >= 0)
                {
                    return true;
                }

                // Keep the last bytes, so a pattern split across two chunks is still found.
                carried = Math.Min(pattern.Length - 1, filled);
                buffer.AsSpan(filled - carried, carried).CopyTo(buffer);
            }
        }
    }
}
