using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Hardening;

namespace OcopCatalogue.Web.Traceability;

/// <summary>Describes views of scan pages for the scan log and reads back what it recorded of a batch.</summary>
public sealed class ScanLog(OcopDbContext db, NetworkSalt salt, TimeProvider clock)
{
    /// <summary>The record of one view, or null when a bot asked: bots would inflate the count a copied stamp is caught by.</summary>
    public ScanRecord? Describe(Guid batchId, string? serial, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var family = UserAgentFamilies.Of(context.Request.Headers.UserAgent.ToString());
        if (family == UserAgentFamily.Bot)
        {
            return null;
        }

        return new ScanRecord
        {
            BatchId = batchId,
            Serial = serial,
            ScannedAt = clock.GetUtcNow().ToUniversalTime(),
            NetworkKey = NetworkKey.From(context.Connection.RemoteIpAddress, salt.Bytes),
            Family = family,
        };
    }

    /// <summary>The batch's recorded scans as a tally to count on: their number and the most networks of one serial.</summary>
    public Task<BatchScanTally> TallyAsync(Guid batchId, CancellationToken cancellationToken) =>
        TallyAsync(batchId, _ => true, cancellationToken);

    /// <summary>
    /// As <see cref="TallyAsync(Guid, CancellationToken)"/>, counting only the records <paramref name="counted"/>
    /// takes (those a node has already read from the log; the rest reach its tally as it reads on). The most
    /// networks of a serial are taken from every record: a network seen twice is still one.
    /// </summary>
    public async Task<BatchScanTally> TallyAsync(Guid batchId, Expression<Func<ScanRecord, bool>> counted, CancellationToken cancellationToken)
    {
        var scans = db.Set<ScanRecord>().AsNoTracking().Where(r => r.BatchId == batchId);
        var count = await scans.Where(counted).LongCountAsync(cancellationToken);
        var mostNetworks = await scans.Where(r => r.Serial != null)
            .GroupBy(r => r.Serial)
            .Select(g => g.Select(r => r.NetworkKey).Distinct().Count())
            .OrderByDescending(n => n)
            .FirstOrDefaultAsync(cancellationToken);
        return new BatchScanTally(count, mostNetworks);
    }

    /// <summary>The distinct networks one serial of the batch was recorded from, at most <paramref name="limit"/> of them.</summary>
    public async Task<List<string>> NetworksOfSerialAsync(Guid batchId, string serial, int limit, CancellationToken cancellationToken) =>
        await db.Set<ScanRecord>().AsNoTracking()
            .Where(r => r.BatchId == batchId && r.Serial == serial)
            .Select(r => r.NetworkKey)
            .Distinct()
            .Take(limit)
            .ToListAsync(cancellationToken);

    /// <summary>The highest id in the log, 0 when it is empty: where a node starts reading the log.</summary>
    public async Task<long> HighestIdAsync(CancellationToken cancellationToken) =>
        await db.Set<ScanRecord>().MaxAsync(r => (long?)r.Id, cancellationToken) ?? 0;

    /// <summary>The next records <paramref name="unread"/> takes, in id order: what other nodes (and this one) wrote since the last read.</summary>
    public async Task<List<LoggedScan>> ReadAsync(Expression<Func<ScanRecord, bool>> unread, int limit, CancellationToken cancellationToken) =>
        await db.Set<ScanRecord>().AsNoTracking()
            .Where(unread)
            .OrderBy(r => r.Id)
            .Take(limit)
            .Select(r => new LoggedScan(r.Id, r.BatchId, r.Serial, r.NetworkKey))
            .ToListAsync(cancellationToken);
}
