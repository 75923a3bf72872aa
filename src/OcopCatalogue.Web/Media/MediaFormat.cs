namespace OcopCatalogue.Web.Media;

/// <summary>The image formats the media library accepts, as found in a file's bytes (never from its name).</summary>
public enum MediaFormat
{
    Jpeg = 1,
    Png = 2,
    WebP = 3,
}
