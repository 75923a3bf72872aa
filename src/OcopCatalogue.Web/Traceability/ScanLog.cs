using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.Traceability;

/// <summary>Records views of scan pages and judges a batch with <see cref="ScanSuspicion"/>.</summary>
public sealed class ScanLog(OcopDbContext db, NetworkSalt salt, TimeProvider clock)
{
    /// <summary>Records one view unless a bot asked; bots would inflate the count a copied stamp is caught by.</summary>
    public async Task RecordAsync(TraceBatch batch, string? serial, HttpContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(context);
        var family = UserAgentFamilies.Of(context.Request.Headers.UserAgent.ToString());
        if (family == UserAgentFamily.Bot)
        {
            return;
        }

        db.Set<ScanRecord>().Add(new ScanRecord
        {
            BatchId = batch.Id,
            Serial = serial,
            ScannedAt = clock.GetUtcNow().ToUniversalTime(),
            NetworkKey = NetworkKey.From(context.Connection.RemoteIpAddress, salt.Bytes),
            Family = family,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<ScanSuspicion> JudgeAsync(TraceBatch batch, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var scans = db.Set<ScanRecord>().AsNoTracking().Where(r => r.BatchId == batch.Id);
        var count = await scans.LongCountAsync(cancellationToken);
        var mostNetworks = await scans.Where(r => r.Serial != null)
            .GroupBy(r => r.Serial)
            .Select(g => g.Select(r => r.NetworkKey).Distinct().Count())
            .OrderByDescending(n => n)
            .FirstOrDefaultAsync(cancellationToken);
        return ScanSuspicion.Judge(batch.QuantityProduced, count, mostNetworks);
    }
}
