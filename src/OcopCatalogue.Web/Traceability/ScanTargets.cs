using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.Traceability;

/// <summary>
/// Which batch a stamp's product (its GTIN or its short code) and lot name, remembered until the next publish, so a
/// burst of scans of one stamp asks the store once. Only known batches are remembered: made-up lots would otherwise
/// fill memory.
/// </summary>
public sealed class ScanTargets
{
    // Keyed by the product's path ("/01/{gtin}" or "/t/{code}"): the two forms can never name the same key.
    private readonly ConcurrentDictionary<(string Product, string Lot), ScanTarget> _known = new();

    public async ValueTask<ScanTarget?> FindAsync(OcopDbContext db, StampLink link, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(link);
        if (link.Lot is not { } lot)
        {
            return null;
        }

        var key = (link.ProductPath, lot);
        if (_known.TryGetValue(key, out var known))
        {
            return known;
        }

        var (gtin, code) = (link.Gtin, link.TraceCode);
        var products = gtin is not null ? db.Products.Where(p => p.Gtin == gtin) : db.Products.Where(p => p.TraceCode == code);
        var target = await db.TraceBatches.AsNoTracking()
            .Where(b => b.LotCode == lot && b.State == PublicationState.Published
                && products.Any(p => p.Id == b.ProductId && p.State == PublicationState.Published))
            .Select(b => new ScanTarget(b.Id, b.QuantityProduced))
            .SingleOrDefaultAsync(cancellationToken)
            .ConfigureAwait(false);
        if (target is not null)
        {
            _known[key] = target;
        }

        return target;
    }

    /// <summary>A publish may add, remove or unpublish batches and products: forget them all.</summary>
    public void Forget() => _known.Clear();
}
