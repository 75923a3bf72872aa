using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Web.BackOffice.Media;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Media;

namespace OcopCatalogue.Web.BackOffice.Products;

/// <summary>
/// The library photos a product's gallery rows choose from, by the library pages' own rule (a writer limited to
/// producers sees only their photos): the newest ready ones, any older one a row has chosen, and what is wrong with
/// a chosen key.
/// </summary>
public sealed class GalleryPhotos(OcopDbContext db, MediaLibrary library, MediaRenderer renderer)
{
    /// <summary>How many of the newest library photos the gallery's lists offer; older ones are chosen by key.</summary>
    public const int Offered = 300;

    /// <summary>Ready photos <paramref name="user"/> may see, newest first, with a small thumbnail each.</summary>
    public async Task<IReadOnlyList<GalleryChoice>> OfferedToAsync(ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var media = await library.VisibleTo(StaffMediaViewer.Of(user)).Where(m => m.State == MediaState.Ready)
            .OrderByDescending(m => m.UploadedAt).Take(Offered).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. media.Select(Choice)];
    }

    /// <summary>The choices with every chosen photo older than them, so the form shows it as chosen.</summary>
    public async Task<IReadOnlyList<GalleryChoice>> WithChosenAsync(
        IReadOnlyList<GalleryChoice> choices, IEnumerable<Guid> chosen, CancellationToken cancellationToken)
    {
        var offered = choices.Select(c => c.Id).ToHashSet();
        var missing = chosen.Where(k => !offered.Contains(k)).Distinct().ToList();
        if (missing.Count == 0)
        {
            return choices;
        }

        var items = await db.MediaItems.AsNoTracking().Where(m => missing.Contains(m.Id) && m.State == MediaState.Ready)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. choices, .. items.Select(Choice)];
    }

    /// <summary>The problem (a resource key) of each chosen key that is not a ready photo <paramref name="user"/> may
    /// see; a photo they may not see is an unknown key to them, as on the library's pages.</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> ProblemsAsync(ClaimsPrincipal user, IEnumerable<Guid> chosen, CancellationToken cancellationToken)
    {
        var keys = chosen.Distinct().ToList();
        var states = await library.VisibleTo(StaffMediaViewer.Of(user)).Where(m => keys.Contains(m.Id))
            .Select(m => new { m.Id, m.State }).ToDictionaryAsync(m => m.Id, m => m.State, cancellationToken).ConfigureAwait(false);
        var problems = new Dictionary<Guid, string>();
        foreach (var key in keys)
        {
            if (!states.TryGetValue(key, out var state))
            {
                problems[key] = "Product.Gallery.MediaUnknown";
            }
            else if (state != MediaState.Ready)
            {
                problems[key] = "Product.Gallery.MediaNotReady";
            }
        }

        return problems;
    }

    private GalleryChoice Choice(MediaItem item) =>
        new(item.Id, item.Alt, MediaUrls.Rendition(item.Id, renderer.WidthsFor(item.Width)[0], MediaFormat.Jpeg));
}
