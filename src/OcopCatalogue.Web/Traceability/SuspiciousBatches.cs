using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Traceability.Stamps;

namespace OcopCatalogue.Web.Traceability;

/// <summary>
/// The batches <see cref="ScanSuspicion"/> flags, for staff to follow up: the same rule the scan page warns by; and
/// batches with issued stamps where a serial never issued was scanned (a made-up stamp), with when and from where.
/// </summary>
public sealed class SuspiciousBatches(OcopDbContext db, ScanRecorder recorder, IssuedSerials serials)
{
    /// <summary>Most recent serialised scans read per batch with stamps to find made-up serials (as the batch's stamps page does).</summary>
    private const int ScansReadPerBatch = 20_000;

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

        var made = await MadeUpScansAsync([.. counts.Keys], cancellationToken);
        var scannedIds = counts.Keys.ToList();
        var batches = await (
                from b in db.TraceBatches.AsNoTracking()
                join p in db.Products on b.ProductId equals p.Id
                where scannedIds.Contains(b.Id)
                select new { b.Id, b.LotCode, b.QuantityProduced, b.QuantityUnit, ProductName = p.Name, p.Gtin, p.TraceCode, p.ProducerId })
            .ToListAsync(cancellationToken);
        return [.. batches
            .Where(b => producers is null || (b.ProducerId is { } producer && producers.Contains(producer)))
            .Select(b => new SuspiciousBatch(
                b.Id, b.ProductName, b.Gtin, b.TraceCode, b.LotCode, b.QuantityProduced, b.QuantityUnit, counts[b.Id],
                mostNetworks.GetValueOrDefault(b.Id),
                ScanSuspicion.Judge(b.QuantityProduced, counts[b.Id], mostNetworks.GetValueOrDefault(b.Id)),
                made.TryGetValue(b.Id, out var m) ? m.Count : 0, m.Count > 0 ? m.LastAt : null, m.Count > 0 ? m.LastNetwork : null))
            .Where(b => b.IsSuspicious)
            .OrderByDescending(b => b.Scans)
            .ThenBy(b => b.ProductName, StringComparer.Ordinal)];
    }

    /// <summary>Per scanned batch with issued stamps: how many scans were of serials never issued, and the latest one's time and network.</summary>
    private async Task<Dictionary<Guid, (long Count, DateTimeOffset LastAt, string LastNetwork)>> MadeUpScansAsync(
        IReadOnlyCollection<Guid> scanned, CancellationToken cancellationToken)
    {
        var stamped = await db.Set<IssuedStamp>().AsNoTracking().Where(s => scanned.Contains(s.BatchId))
            .Select(s => s.BatchId).Distinct().ToListAsync(cancellationToken);
        var found = new Dictionary<Guid, (long, DateTimeOffset, string)>();
        foreach (var batchId in stamped)
        {
            var known = await serials.OfAsync(batchId, cancellationToken);
            var scans = await db.Set<ScanRecord>().AsNoTracking().Where(r => r.BatchId == batchId && r.Serial != null)
                .OrderByDescending(r => r.Id).Take(ScansReadPerBatch)
                .Select(r => new { r.Serial, r.ScannedAt, r.NetworkKey }).ToListAsync(cancellationToken);
            var madeUp = scans.Where(s => known.StatusOf(StampSerial.TryParse(s.Serial, out var v) ? v : null) == StampStatus.NotIssued).ToList();
            if (madeUp.Count > 0)
            {
                // Newest first by the log's order.
                found[batchId] = (madeUp.Count, madeUp[0].ScannedAt, madeUp[0].NetworkKey);
            }
        }

        return found;
    }
}
