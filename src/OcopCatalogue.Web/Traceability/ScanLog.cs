using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.Traceability;

/// <summary>Records views of scan pages and judges a batch with <see cref="ScanSuspicion"/>.</summary>
public sealed class ScanLog(OcopDbContext db, NetworkSalt salt, TimeProvider clock)
{
    /// <summary>
    /// Records one view at once unless a bot asked. Scan pages go through <see cref="ScanRecorder"/> instead,
    /// which writes views in batches; this is for single writes.
    /// </summary>
    public async Task RecordAsync(TraceBatch batch, string? serial, HttpContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (Describe(batch.Id, serial, context) is { } record)
        {
            db.Set<ScanRecord>().Add(record);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

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

    public Task<ScanSuspicion> JudgeAsync(TraceBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return JudgeAsync(batch.Id, batch.QuantityProduced, cancellationToken);
    }

    public async Task<ScanSuspicion> JudgeAsync(Guid batchId, int? quantityProduced, CancellationToken cancellationToken) =>
        (await CountAndJudgeAsync(batchId, quantityProduced, cancellationToken)).Suspicion;

    /// <summary>The verdict and the number of recorded scans it was drawn from.</summary>
    public async Task<(ScanSuspicion Suspicion, long Scans)> CountAndJudgeAsync(Guid batchId, int? quantityProduced, CancellationToken cancellationToken)
    {
        var scans = db.Set<ScanRecord>().AsNoTracking().Where(r => r.BatchId == batchId);
        var count = await scans.LongCountAsync(cancellationToken);
        var mostNetworks = await scans.Where(r => r.Serial != null)
            .GroupBy(r => r.Serial)
            .Select(g => g.Select(r => r.NetworkKey).Distinct().Count())
            .OrderByDescending(n => n)
            .FirstOrDefaultAsync(cancellationToken);
        return (ScanSuspicion.Judge(quantityProduced, count, mostNetworks), count);
    }
}
