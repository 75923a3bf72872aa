using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Web.Catalogue;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.SalesPoints;

namespace OcopCatalogue.Web.SearchEngines;

/// <summary>
/// Every public page worth a search engine's visit, in a fixed order: home, catalogue, sales point directory, then
/// each published product, producer, sales point and content page. Search results, filtered lists, scan pages, label
/// sheets and images are left out (robots.txt keeps crawlers from most of them). A page's date is its item's last
/// publish (<c>UpdatedAt</c>, which publishing and recording a certificate set); a list's is its newest item's.
/// </summary>
public sealed class PublishedPages(OcopDbContext db, PublishedCatalogue catalogue)
{
    public async Task<IReadOnlyList<SitemapEntry>> AllAsync(CancellationToken cancellationToken)
    {
        var products = await catalogue.EntriesAsync(cancellationToken).ConfigureAwait(false);
        var producers = await Slugs(db.Producers.Where(p => p.State == PublicationState.Published).Select(p => new Dated(p.Slug, p.UpdatedAt)), cancellationToken).ConfigureAwait(false);
        var points = await Slugs(db.SalesPoints.Where(p => p.State == PublicationState.Published).Select(p => new Dated(p.Slug, p.UpdatedAt)), cancellationToken).ConfigureAwait(false);
        var pages = await Slugs(db.Pages.Where(p => p.State == PublicationState.Published).Select(p => new Dated(p.Slug, p.UpdatedAt)), cancellationToken).ConfigureAwait(false);

        var newestProduct = products.Count == 0 ? (DateTimeOffset?)null : products.Max(p => p.UpdatedAt);
        var entries = new List<SitemapEntry>(products.Count + producers.Count + points.Count + pages.Count + 3)
        {
            new("/", Newest(newestProduct, pages.Select(p => p.UpdatedAt))),
            new("/san-pham", newestProduct),
            new(SalesPointParameters.Path, Newest(null, points.Select(p => p.UpdatedAt))),
        };
        entries.AddRange(products.OrderBy(p => p.Slug, StringComparer.Ordinal).Select(p => new SitemapEntry("/san-pham/" + p.Slug, p.UpdatedAt)));
        entries.AddRange(producers.Select(p => new SitemapEntry("/chu-the/" + p.Slug, p.UpdatedAt)));
        entries.AddRange(points.Select(p => new SitemapEntry(SalesPointParameters.Path + "/" + p.Slug, p.UpdatedAt)));
        entries.AddRange(pages.Select(p => new SitemapEntry("/trang/" + p.Slug, p.UpdatedAt)));
        return entries;
    }

    // Sorted here rather than in SQL: SQLite cannot order by a DateTimeOffset, and slugs sort the same either way.
    private static async Task<List<Dated>> Slugs(IQueryable<Dated> query, CancellationToken cancellationToken) =>
        (await query.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false)).OrderBy(d => d.Slug, StringComparer.Ordinal).ToList();

    private static DateTimeOffset? Newest(DateTimeOffset? first, IEnumerable<DateTimeOffset> others)
    {
        var newest = first;
        foreach (var other in others)
        {
            newest = newest is null || other > newest ? other : newest;
        }

        return newest;
    }

    private sealed record Dated(string Slug, DateTimeOffset UpdatedAt);
}
