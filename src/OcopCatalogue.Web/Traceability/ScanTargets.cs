using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Catalogue;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.Traceability;

/// <summary>
/// Which batch a GTIN and lot name, remembered until the next publish, so a burst of scans of one stamp asks the
/// store once. Only known batches are remembered: made-up lots would otherwise fill memory.
/// </summary>
public sealed class ScanTargets
{
    private readonly ConcurrentDictionary<(string Gtin, string Lot), ScanTarget> _known = new();

    public async ValueTask<ScanTarget?> FindAsync(OcopDbContext db, string gtin, string lot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (_known.TryGetValue((gtin, lot), out var known))
        {
            return known;
        }

        var target = await db.TraceBatches.AsNoTracking()
            .Where(b => b.LotCode == lot && b.State == PublicationState.Published
                && db.Products.Any(p => p.Id == b.ProductId && p.Gtin == gtin && p.State == PublicationState.Published))
            .Select(b => new ScanTarget(b.Id, b.QuantityProduced))
            .SingleOrDefaultAsync(cancellationToken)
            .ConfigureAwait(false);
        if (target is not null)
        {
            _known[(gtin, lot)] = target;
        }

        return target;
    }

    /// <summary>A publish may add, remove or unpublish batches and products: forget them all.</summary>
    public void Forget() => _known.Clear();
}
