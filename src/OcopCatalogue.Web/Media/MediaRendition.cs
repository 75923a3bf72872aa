using System.Globalization;

namespace OcopCatalogue.Web.Media;

/// <summary>One served size of a photo: a width in one of the two web formats (WebP, or JPEG for older browsers).</summary>
public sealed record MediaRendition(int Width, MediaFormat Format)
{
    /// <summary>The file in the item's cache folder and the last segment of its URL: <c>640.webp</c>, <c>640.jpg</c>.</summary>
    public string FileName => Width.ToString(CultureInfo.InvariantCulture) + MediaFormats.Extension(Format);

    public string ContentType => MediaFormats.ContentType(Format);

    /// <summary>The two formats every width is made in, best first.</summary>
    public static IReadOnlyList<MediaFormat> Formats { get; } = [MediaFormat.WebP, MediaFormat.Jpeg];

    /// <summary>
    /// The widths made of a photo: the configured ones it can fill (never an enlargement), or its own width when it
    /// is narrower than all of them.
    /// </summary>
    public static IReadOnlyList<int> WidthsFor(int photoWidth, IReadOnlyList<int> configured)
    {
        ArgumentNullException.ThrowIfNull(configured);
        var fitting = configured.Where(w => w <= photoWidth).Order().ToList();
        return fitting.Count > 0 ? fitting : [Math.Max(1, photoWidth)];
    }

    /// <summary>Every rendition of a photo of the given width.</summary>
    public static IReadOnlyList<MediaRendition> AllFor(int photoWidth, IReadOnlyList<int> configured) =>
        [.. WidthsFor(photoWidth, configured).SelectMany(w => Formats.Select(f => new MediaRendition(w, f)))];

    /// <summary>Reads a URL's last segment (<c>640.webp</c>); null for anything else.</summary>
    public static MediaRendition? Parse(string? fileName)
    {
        if (string.IsNullOrEmpty(fileName))
        {
            return null;
        }

        var dot = fileName.IndexOf('.', StringComparison.Ordinal);
        if (dot is < 1 or > 5)
        {
            return null;
        }

        MediaFormat? format = fileName[dot..] switch
        {
            ".webp" => MediaFormat.WebP,
            ".jpg" => MediaFormat.Jpeg,
            _ => null,
        };
        // Digits only, no sign or leading zero: one URL per rendition.
        var digits = fileName.AsSpan(0, dot);
        if (format is null || digits[0] == '0' || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var width))
        {
            return null;
        }

        return new MediaRendition(width, format.Value);
    }
}
