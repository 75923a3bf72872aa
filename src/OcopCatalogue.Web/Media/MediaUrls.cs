using System.Globalization;

namespace OcopCatalogue.Web.Media;

/// <summary>Public addresses of renditions: <c>/media/{id}/{width}.{webp|jpg}</c>.</summary>
public static class MediaUrls
{
    public const string Prefix = "/media";

    public static string Rendition(Guid id, MediaRendition rendition)
    {
        ArgumentNullException.ThrowIfNull(rendition);
        return $"{Prefix}/{id.ToString("D", CultureInfo.InvariantCulture)}/{rendition.FileName}";
    }

    public static string Rendition(Guid id, int width, MediaFormat format) => Rendition(id, new MediaRendition(width, format));

    /// <summary>A srcset value listing each width in one format: <c>/media/…/320.webp 320w, /media/…/640.webp 640w</c>.</summary>
    public static string Srcset(Guid id, IEnumerable<int> widths, MediaFormat format) =>
        string.Join(", ", widths.Select(w => Rendition(id, w, format) + " " + w.ToString(CultureInfo.InvariantCulture) + "w"));
}
