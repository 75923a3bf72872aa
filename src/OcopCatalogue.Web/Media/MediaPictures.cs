using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.Media;

/// <summary>Looks up Ready library photos for the pages of one request, each id once.</summary>
public sealed class MediaPictures(OcopDbContext db, MediaRenderer renderer)
{
    private readonly Dictionary<Guid, MediaPicture?> _seen = [];

    /// <summary>Null when there is no such photo or it is not Ready.</summary>
    public async Task<MediaPicture?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        if (_seen.TryGetValue(id, out var known))
        {
            return known;
        }

        var row = await db.MediaItems.AsNoTracking()
            .Where(m => m.Id == id && m.State == MediaState.Ready)
            .Select(m => new { m.Width, m.Height, m.Alt, m.AltEn })
            .SingleOrDefaultAsync(cancellationToken);
        var picture = row is null ? null : new MediaPicture(id, row.Width, row.Height, row.Alt, row.AltEn, renderer.WidthsFor(row.Width));
        _seen[id] = picture;
        return picture;
    }

    /// <summary>Can a photo be shown: a Ready library photo, or else a path?</summary>
    public async Task<bool> CanShowAsync(Guid? mediaId, string? path, CancellationToken cancellationToken = default) =>
        await LargeUrlAsync(mediaId, path, cancellationToken) is not null;

    /// <summary>
    /// One address for a photo where a single image is wanted (structured data, link previews): a large JPEG of a
    /// Ready library photo, else the path, else null.
    /// </summary>
    public async Task<string?> LargeUrlAsync(Guid? mediaId, string? path, CancellationToken cancellationToken = default)
    {
        if (mediaId is { } id && await FindAsync(id, cancellationToken) is { } picture)
        {
            return MediaUrls.Rendition(id, picture.WidthFor(LargeWidth), MediaFormat.Jpeg);
        }

        return string.IsNullOrWhiteSpace(path) ? null : Site.SiteFormat.ImageUrl(path);
    }

    private const int LargeWidth = 1280;
}
