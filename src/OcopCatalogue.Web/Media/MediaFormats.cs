namespace OcopCatalogue.Web.Media;

/// <summary>Content types and file extensions of <see cref="MediaFormat"/>, chosen by the site, never by the uploader.</summary>
public static class MediaFormats
{
    public static string ContentType(MediaFormat format) => format switch
    {
        MediaFormat.Jpeg => "image/jpeg",
        MediaFormat.Png => "image/png",
        MediaFormat.WebP => "image/webp",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };

    public static string Extension(MediaFormat format) => format switch
    {
        MediaFormat.Jpeg => ".jpg",
        MediaFormat.Png => ".png",
        MediaFormat.WebP => ".webp",
        _ => throw new ArgumentOutOfRangeException(nameof(format)),
    };
}
