using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Certification;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Publishing;
using OcopCatalogue.Web.Site;

namespace OcopCatalogue.Web.Catalogue;

/// <summary>
/// Every published product as a catalogue entry, held in memory for the current Vietnam day: the catalogue, the
/// home page and "related products" filter and count this list instead of loading the products again per request
/// (20,000 products take a few milliseconds to filter, and far longer to read).
/// </summary>
/// <remarks>
/// A publish brings the list up to date before it is acknowledged (<see cref="ApplyAsync"/>, called by
/// <see cref="PublishedCatalogueRefresh"/>): only the products the change names are read again and swapped into a
/// copy, which then replaces the list in one write. Requests keep using the list they find meanwhile and never wait
/// for a publish. The whole list is read again by the first request of a day (certificate statuses follow the date),
/// by a publish of more than <see cref="MostProductsReadAgain"/> products or of a kind this list does not know,
/// and by the first request after a publish whose update failed.
/// </remarks>
public sealed class PublishedCatalogue(IServiceScopeFactory scopes, TimeProvider clock) : IDisposable
{
    /// <summary>
    /// Above this many products to read again (an import run, a province list, a producer of many products), one
    /// query for every product costs little more than one by their ids, and the whole list is read instead.
    /// </summary>
    public const int MostProductsReadAgain = 500;

    private readonly SemaphoreSlim _loading = new(1, 1);
    private Snapshot? _current;
    private long _generation;

    public async Task<IReadOnlyList<CatalogueEntry>> EntriesAsync(CancellationToken cancellationToken = default) =>
        (await SnapshotAsync(cancellationToken).ConfigureAwait(false)).Entries;

    /// <summary>
    /// The same entries in <see cref="FeaturedOrder"/> for the current culture, sorted once per list and culture
    /// (and merged, not sorted again, on publish): the home page and every product page's "related" take the first
    /// few of a group from it, where sorting thousands of names per request cost milliseconds.
    /// </summary>
    public async Task<IReadOnlyList<CatalogueEntry>> FeaturedFirstAsync(CancellationToken cancellationToken = default)
    {
        var snapshot = await SnapshotAsync(cancellationToken).ConfigureAwait(false);
        return snapshot.FeaturedFor(CultureInfo.CurrentCulture.Name, static () => new FeaturedOrder(SiteFormat.NameOrder));
    }

    /// <summary>
    /// Follows a committed change: reads again the products it names (a producer's products for a producer, a
    /// certificate's product for a certificate) and replaces, adds or drops their entries in a copy of the list.
    /// Without a list of today there is nothing to follow (the next request reads one); when the update fails the
    /// list is dropped, so no request keeps the old one.
    /// </summary>
    public async Task ApplyAsync(ContentPublished notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        try
        {
            // A request reading the whole list finishes first, so this change lands on top of what it read.
            await _loading.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                var today = VietnamTime.Today(clock);
                if (Current(today) is not { } current)
                {
                    return;
                }

                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<OcopDbContext>();
                var reread = await ProductsChangedByAsync(db, notification, current, cancellationToken).ConfigureAwait(false);
                if (reread is { Count: 0 })
                {
                    // A page, a sales point, a batch: nothing in the list changes.
                    return;
                }

                Snapshot next;
                if (reread is null)
                {
                    next = new Snapshot(today, current.Generation,
                        await PublishedProducts.LoadAsync(db, today, cancellationToken: cancellationToken).ConfigureAwait(false));
                }
                else
                {
                    var ids = reread.ToArray();
                    var changed = await PublishedProducts.LoadAsync(db, today, p => ids.Contains(p.Id), cancellationToken).ConfigureAwait(false);
                    next = current.With(reread, changed);
                }

                Volatile.Write(ref _current, next);
            }
            finally
            {
                _loading.Release();
            }
        }
        catch
        {
            // The change is committed but the list could not follow it: drop the list rather than keep it stale.
            Invalidate();
            throw;
        }
    }

    /// <summary>Drops the list; the next request reads the store again.</summary>
    public void Invalidate() => Interlocked.Increment(ref _generation);

    public void Dispose() => _loading.Dispose();

    private async Task<Snapshot> SnapshotAsync(CancellationToken cancellationToken)
    {
        var today = VietnamTime.Today(clock);
        if (Current(today) is { } fresh)
        {
            return fresh;
        }

        // One request loads while the others wait for its result, rather than all reading the store at once.
        await _loading.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (Current(today) is { } loaded)
            {
                return loaded;
            }

            var generation = Interlocked.Read(ref _generation);
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<OcopDbContext>();
            var entries = await PublishedProducts.LoadAsync(db, today, cancellationToken: cancellationToken).ConfigureAwait(false);
            // Dropped while loading (Invalidate): this list serves this request only, and the next one loads again.
            var snapshot = new Snapshot(today, generation, entries);
            Volatile.Write(ref _current, snapshot);
            return snapshot;
        }
        finally
        {
            _loading.Release();
        }
    }

    private Snapshot? Current(DateOnly today) =>
        Volatile.Read(ref _current) is { } snapshot && snapshot.Day == today && snapshot.Generation == Interlocked.Read(ref _generation)
            ? snapshot
            : null;

    /// <summary>The products whose entries a change may alter, or null when the whole list is to be read again.</summary>
    private static async Task<HashSet<Guid>?> ProductsChangedByAsync(
        OcopDbContext db, ContentPublished notification, Snapshot current, CancellationToken cancellationToken)
    {
        if (notification.Items.Count > MostProductsReadAgain)
        {
            return null;
        }

        var products = new HashSet<Guid>();
        var producers = new List<Guid>();
        var certificates = new List<Guid>();
        foreach (var item in notification.Items)
        {
            switch (item.Type)
            {
                case ContentItemType.Product:
                    products.Add(item.Id);
                    break;
                case ContentItemType.Producer:
                    producers.Add(item.Id);
                    break;
                case ContentItemType.Certificate:
                    certificates.Add(item.Id);
                    break;
                // An entry holds nothing of these (see CatalogueEntry): sales points, pages and batches are shown by
                // pages of their own, and the products showing a photo are named as products. A locality mapping
                // changes no address by itself (each item carries its own units); a criteria sheet is the council's.
                case ContentItemType.SalesPoint or ContentItemType.Page or ContentItemType.Batch or ContentItemType.Media or ContentItemType.Stamps
                    or ContentItemType.Locality or ContentItemType.CriteriaSheet:
                    break;
                default:
                    return null;
            }
        }

        if (certificates.Count > 0)
        {
            var owners = await db.Certificates.AsNoTracking()
                .Where(c => certificates.Contains(c.Id))
                .Select(c => c.ProductId)
                .ToListAsync(cancellationToken).ConfigureAwait(false);
            if (owners.Count < certificates.Count)
            {
                // A certificate no longer stored: whose it was is not known any more.
                return null;
            }

            products.UnionWith(owners);
        }

        if (producers.Count > 0)
        {
            // The producer's name, kind and address are on each of its products' entries; those the list still
            // files under it count too, should a product have left it without being named.
            products.UnionWith(await db.Products.AsNoTracking()
                .Where(p => p.ProducerId != null && producers.Contains(p.ProducerId.Value))
                .Select(p => p.Id)
                .ToListAsync(cancellationToken).ConfigureAwait(false));
            products.UnionWith(current.Entries.Where(e => e.ProducerId is { } id && producers.Contains(id)).Select(e => e.Id));
        }

        return products.Count > MostProductsReadAgain ? null : products;
    }

    private sealed class Snapshot(DateOnly day, long generation, IReadOnlyList<CatalogueEntry> entries)
    {
        /// <summary>Featured order by culture name (the last tie-break but one is the culture's name order).</summary>
        private readonly ConcurrentDictionary<string, Lazy<Featured>> _featured = new(StringComparer.Ordinal);

        public DateOnly Day { get; } = day;

        public long Generation { get; } = generation;

        public IReadOnlyList<CatalogueEntry> Entries { get; } = entries;

        /// <summary>Sorted by the first request of a culture; the others wait for it rather than sort as well.</summary>
        public List<CatalogueEntry> FeaturedFor(string culture, Func<FeaturedOrder> order) =>
            _featured.GetOrAdd(culture, _ => new Lazy<Featured>(() =>
            {
                var by = order();
                return new Featured(by, Entries.Order(by).ToList());
            })).Value.Entries;

        /// <summary>
        /// This list with the products read again in place of their entries: an entry changed keeps its place, an
        /// entry no longer published goes, a product newly published is added at the end. Featured lists already
        /// sorted are merged, not sorted again.
        /// </summary>
        public Snapshot With(HashSet<Guid> reread, IReadOnlyList<CatalogueEntry> changed)
        {
            var fresh = changed.ToDictionary(e => e.Id);
            var entries = new List<CatalogueEntry>(Entries.Count + fresh.Count);
            foreach (var entry in Entries)
            {
                if (!reread.Contains(entry.Id))
                {
                    entries.Add(entry);
                }
                else if (fresh.Remove(entry.Id, out var replacement))
                {
                    entries.Add(replacement);
                }
            }

            entries.AddRange(changed.Where(e => fresh.ContainsKey(e.Id)));
            var next = new Snapshot(Day, Generation, entries);
            foreach (var (culture, featured) in _featured)
            {
                if (featured.IsValueCreated)
                {
                    var merged = featured.Value.Merge(reread, changed);
                    next._featured[culture] = new Lazy<Featured>(merged);
                }
            }

            return next;
        }
    }

    private sealed record Featured(FeaturedOrder Order, List<CatalogueEntry> Entries)
    {
        /// <summary>
        /// Drops the entries read again and puts each changed one where a sort would: the order is total (the slug
        /// decides last), so the result is the sorted list of the new entries.
        /// </summary>
        public Featured Merge(HashSet<Guid> reread, IReadOnlyList<CatalogueEntry> changed)
        {
            var merged = new List<CatalogueEntry>(Entries.Count + changed.Count);
            var from = 0;
            foreach (var entry in changed.Order(Order))
            {
                var found = Entries.BinarySearch(from, Entries.Count - from, entry, Order);
                var at = found < 0 ? ~found : found;
                CopyKept(from, at);
                merged.Add(entry);
                from = at;
            }

            CopyKept(from, Entries.Count);
            return this with { Entries = merged };

            void CopyKept(int start, int end)
            {
                for (var i = start; i < end; i++)
                {
                    if (!reread.Contains(Entries[i].Id))
                    {
                        merged.Add(Entries[i]);
                    }
                }
            }
        }
    }
}
