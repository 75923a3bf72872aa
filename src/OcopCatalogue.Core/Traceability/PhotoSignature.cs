namespace OcopCatalogue.Core.Traceability;

/// <summary>
/// Tells a photo's format from its first bytes, never from its name or declared type: a script renamed
/// <c>.jpg</c> is still a script.
/// </summary>
public static class PhotoSignature
{
    /// <summary>How many leading bytes <see cref="Detect"/> needs to see.</summary>
    public const int HeaderLength = 12;

    private static ReadOnlySpan<byte> Jpeg => [0xFF, 0xD8, 0xFF];

    private static ReadOnlySpan<byte> Png => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The format whose signature the bytes start with, or null.</summary>
    public static PhotoFormat? Detect(ReadOnlySpan<byte> header)
    {
        if (header.StartsWith(Jpeg))
        {
            return PhotoFormat.Jpeg;
        }

        if (header.StartsWith(Png))
        {
            return PhotoFormat.Png;
        }

        // RIFF container: "RIFF", four bytes of length, then the form type "WEBP".
        if (header.Length >= HeaderLength && header[..4].SequenceEqual("RIFF"u8) && header[8..12].SequenceEqual("WEBP"u8))
        {
            return PhotoFormat.WebP;
        }

        return null;
    }

    /// <summary>The file extension the site stores a photo of this format under.</summary>
    public static string Extension(PhotoFormat format) => format switch
    {
        PhotoFormat.Jpeg => ".jpg",
        PhotoFormat.Png => ".png",
        PhotoFormat.WebP => ".webp",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    /// <summary>The media type to serve a stored photo with, from the extension the site gave it; null for any other name.</summary>
    public static string? MediaTypeOfStoredName(string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        return Path.GetExtension(fileName) switch
        {
            ".jpg" => "image/jpeg",
            ".png" => "image/png",
            ".webp" => "image/webp",
            _ => null,
        };
    }
}
