using System.Buffers.Binary;

namespace OcopCatalogue.Web.Media;

/// <summary>
/// Removes the metadata chunks (EXIF, XMP, ICC profile) from a WebP file. libvips 8.14, as Debian 12 ships it,
/// writes a fresh EXIF chunk into WebP even when asked to strip, so the site does not rely on that option: it
/// rewrites the RIFF container itself, keeping the image chunks and clearing the matching VP8X flags.
/// </summary>
public static class WebPMetadata
{
    private const byte IccFlag = 0x20;
    private const byte ExifFlag = 0x08;
    private const byte XmpFlag = 0x04;

    /// <exception cref="InvalidDataException">The bytes are not a well-formed WebP file.</exception>
    public static byte[] Strip(ReadOnlySpan<byte> webp)
    {
        if (webp.Length < 12 || !webp.StartsWith("RIFF"u8) || !webp[8..12].SequenceEqual("WEBP"u8))
        {
            throw new InvalidDataException("not a WebP file");
        }

        var end = (int)Math.Min(webp.Length, 8L + BinaryPrimitives.ReadUInt32LittleEndian(webp[4..]));
        var kept = new List<byte[]>();
        var position = 12;
        while (position < end)
        {
            if (position + 8 > end)
            {
                throw new InvalidDataException("a WebP chunk header runs past the end of the file");
            }

            var size = BinaryPrimitives.ReadUInt32LittleEndian(webp[(position + 4)..]);
            var padded = 8L + size + (size & 1);
            if (position + 8L + size > end)
            {
                throw new InvalidDataException("a WebP chunk runs past the end of the file");
            }

            var fourCc = webp.Slice(position, 4);
            if (!fourCc.SequenceEqual("EXIF"u8) && !fourCc.SequenceEqual("XMP "u8) && !fourCc.SequenceEqual("ICCP"u8))
            {
                var chunk = webp.Slice(position, (int)Math.Min(padded, end - position)).ToArray();
                if (fourCc.SequenceEqual("VP8X"u8) && size >= 1)
                {
                    chunk[8] &= unchecked((byte)~(IccFlag | ExifFlag | XmpFlag));
                }

                kept.Add(chunk);
            }

            position += (int)padded;
        }

        var body = kept.Sum(c => c.Length);
        var result = new byte[12 + body];
        "RIFF"u8.CopyTo(result);
        BinaryPrimitives.WriteUInt32LittleEndian(result.AsSpan(4), (uint)(4 + body));
        "WEBP"u8.CopyTo(result.AsSpan(8));
        var at = 12;
        foreach (var chunk in kept)
        {
            chunk.CopyTo(result, at);
            at += chunk.Length;
        }

        return result;
    }
}
