using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.Traceability;

/// <summary>Deletes scan records older than <see cref="TraceabilityOptions.ScanRetentionDays"/>; reports and their photos stay.</summary>
public sealed class ScanRetention(OcopDbContext db, TimeProvider clock, IOptions<TraceabilityOptions> options)
{
    /// <summary>Deletes what is past the retention period; returns how many records went.</summary>
    public async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        var cutoff = clock.GetUtcNow().ToUniversalTime().AddDays(-options.Value.ScanRetentionDays);
        return await db.Set<ScanRecord>().Where(r => r.ScannedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
    }
}
