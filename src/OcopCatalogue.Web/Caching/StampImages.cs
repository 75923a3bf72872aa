using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Publishing;

namespace OcopCatalogue.Web.Caching;

/// <summary>
/// Decides when a publish empties the cached QR images of stamps (<see cref="StampImageAttribute"/>), which pages'
/// eviction leaves alone. An image's bytes depend on its address only; a publish can change nothing but whether the
/// address is answered at all, which it is while a published product holds the GTIN or trace code and, for a lot, a
/// published batch of that product holds the lot code. The codes are unique, and a product or batch whose codes or
/// state change is named by the publish that changes it; so a cached image can only be wrong after a publish naming
/// a product or batch whose published codes now differ from the ones last seen (unpublished, deleted, recoded).
/// Then every image goes, as pages do: tag evicted and generation advanced, so an image drawn from the old codes
/// and stored after the eviction lands under a key no request looks up.
/// </summary>
public sealed class StampImages : IDisposable
{
    /// <summary>Every cached stamp image carries this tag instead of the pages' one.</summary>
    public const string Tag = "stamps";

    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>The published codes of each product and batch that has any; null until a publish first names one.</summary>
    private Dictionary<Guid, string>? _seen;

    private long _generation;

    /// <summary>Part of every stamp image's cache key.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    /// <summary>Empties the stamp images if the change may have altered what a stamp address answers.</summary>
    public async Task FollowAsync(ContentPublished notification, OcopDbContext db, IOutputCacheStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(store);
        var named = notification.IdsOf(ContentItemType.Product).Concat(notification.IdsOf(ContentItemType.Batch)).ToHashSet();
        if (named.Count == 0)
        {
            return;
        }

        var changed = true;
        try
        {
            // One publish at a time, each reading the store after the ones before it: what is seen only moves forward.
            await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                changed = await CompareAsync(db, named, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                _gate.Release();
            }
        }
        finally
        {
            // On failure too: an image that may be wrong is dropped rather than kept.
            if (changed)
            {
                Interlocked.Increment(ref _generation);
                await store.EvictByTagAsync(Tag, CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Empties every stamp image and forgets the codes seen (a server rebuilding what it derives).</summary>
    public async Task ForgetAllAsync(IOutputCacheStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            _seen = null;
        }
        finally
        {
            _gate.Release();
        }

        Interlocked.Increment(ref _generation);
        await store.EvictByTagAsync(Tag, cancellationToken).ConfigureAwait(false);
    }

    public void Dispose() => _gate.Dispose();

    /// <summary>Whether a named item had published codes before and now has others or none; notes what it has now.</summary>
    private async Task<bool> CompareAsync(OcopDbContext db, HashSet<Guid> named, CancellationToken cancellationToken)
    {
        if (_seen is null)
        {
            // What the cached images were drawn from is not known: read every code, and empty them this once.
            _seen = await CodesAsync(db, null, cancellationToken).ConfigureAwait(false);
            return true;
        }

        var now = await CodesAsync(db, [.. named], cancellationToken).ConfigureAwait(false);
        var changed = false;
        foreach (var id in named)
        {
            var before = _seen.GetValueOrDefault(id);
            var after = now.GetValueOrDefault(id);
            // An item without codes before had no image to answer: gaining some changes nothing cached.
            changed |= before is not null && before != after;
            if (after is null)
            {
                _seen.Remove(id);
            }
            else
            {
                _seen[id] = after;
            }
        }

        return changed;
    }

    /// <summary>The codes stamp addresses are answered by, of published products and batches (the given ones, or all).</summary>
    private static async Task<Dictionary<Guid, string>> CodesAsync(OcopDbContext db, Guid[]? only, CancellationToken cancellationToken)
    {
        var products = db.Products.AsNoTracking().Where(p => p.State == PublicationState.Published && (p.Gtin != null || p.TraceCode != null));
        var batches = db.TraceBatches.AsNoTracking().Where(b => b.State == PublicationState.Published);
        if (only is not null)
        {
            products = products.Where(p => only.Contains(p.Id));
            batches = batches.Where(b => only.Contains(b.Id));
        }

        var codes = new Dictionary<Guid, string>();
        foreach (var p in await products.Select(p => new { p.Id, p.Gtin, p.TraceCode }).ToListAsync(cancellationToken).ConfigureAwait(false))
        {
            codes[p.Id] = $"01/{p.Gtin} t/{p.TraceCode}";
        }

        foreach (var b in await batches.Select(b => new { b.Id, b.ProductId, b.LotCode }).ToListAsync(cancellationToken).ConfigureAwait(false))
        {
            codes[b.Id] = $"{b.ProductId}/10/{b.LotCode}";
        }

        return codes;
    }
}
