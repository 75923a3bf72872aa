using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.Cluster;

/// <summary>
/// Deletes cache instructions older than <see cref="ClusterOptions.KeepInstructionsDays"/>, the oldest first: every
/// instruction before the oldest one still young enough to keep. The newest is always kept:
/// it is how a server tells "nothing new" from "my position was pruned", which makes it rebuild.
/// </summary>
public sealed class InstructionPruning(OcopDbContext db, TimeProvider clock, IOptions<ClusterOptions> options)
{
    /// <summary>Deletes the old instructions; returns how many.</summary>
    public async Task<int> PruneAsync(CancellationToken cancellationToken = default)
    {
        var newest = await db.CacheInstructions.MaxAsync(i => (long?)i.Id, cancellationToken).ConfigureAwait(false);
        if (newest is not { } keep)
        {
            return 0;
        }

        // A prefix by id, never a hole: what a server finds missing is then always before the oldest row kept, which is
        // how it knows to rebuild. (Servers' clocks differ a little, so ids and times are not in quite the same order.)
        var before = clock.GetUtcNow().UtcDateTime - TimeSpan.FromDays(options.Value.KeepInstructionsDays);
        var keepFrom = await db.CacheInstructions
            .Where(i => i.CreatedUtc >= before)
            .MinAsync(i => (long?)i.Id, cancellationToken)
            .ConfigureAwait(false) ?? keep;
        return await db.CacheInstructions
            .Where(i => i.Id < keepFrom)
            .ExecuteDeleteAsync(cancellationToken)
            .ConfigureAwait(false);
    }
}
