using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.Traceability;

/// <summary>The batches <see cref="ScanSuspicion"/> flags, for staff to follow up: the same rule the scan page warns by.</summary>
public sealed class SuspiciousBatches(OcopDbContext db, ScanRecorder recorder)
{
    /// <summary>Every flagged batch, the most scanned first; <paramref name="producers"/> limits to some producers (null: all).</summary>
    public async Task<IReadOnlyList<SuspiciousBatch>> ListAsync(IReadOnlyCollection<Guid>? producers, CancellationToken cancellationToken)
    {
        // Views are written a moment after they are counted: staff see every scan counted so far.
        await recorder.FlushAsync(cancellationToken);
        var scans = db.Set<ScanRecord>().AsNoTracking();
        var counts = await scans.GroupBy(r => r.BatchId)
            .Select(g => new { BatchId = g.Key, Count = g.LongCount() })
            .ToDictionaryAsync(x => x.BatchId, x => x.Count, cancellationToken);
        if (counts.Count == 0)
        {
            return [];
        }

        var networksPerSerial = await scans.Where(r => r.Serial != null)
            .GroupBy(r => new { r.BatchId, r.Serial })
            .Select(g => new { g.Key.BatchId, Networks = g.Select(r => r.NetworkKey).Distinct().Count() })
            .ToListAsync(cancellationToken);
        var mostNetworks = networksPerSerial.GroupBy(x => x.BatchId).ToDictionary(g => g.Key, g => g.Max(x => x.Networks));

        var scannedIds = counts.Keys.ToList();
        var batches = await (
                from b in db.TraceBatches.AsNoTracking()
                join p in db.Products on b.ProductId equals p.Id
                where scannedIds.Contains(b.Id)
                select new { b.Id, b.LotCode, b.QuantityProduced, b.QuantityUnit, ProductName = p.Name, p.Gtin, p.ProducerId })
            .ToListAsync(cancellationToken);
        return [.. batches
            .Where(b => producers is null || (b.ProducerId is { } producer && producers.Contains(producer)))
            .Select(b => new SuspiciousBatch(
                b.Id, b.ProductName, b.Gtin, b.LotCode, b.QuantityProduced, b.QuantityUnit, counts[b.Id],
                mostNetworks.GetValueOrDefault(b.Id),
                ScanSuspicion.Judge(b.QuantityProduced, counts[b.Id], mostNetworks.GetValueOrDefault(b.Id))))
            .Where(b => b.Suspicion.IsSuspicious)
            .OrderByDescending(b => b.Scans)
            .ThenBy(b => b.ProductName, StringComparer.Ordinal)];
    }
}
