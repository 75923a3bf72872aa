using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.Cluster;

/// <summary>
/// Deletes cache instructions older than <see cref="ClusterOptions.KeepInstructionsDays"/>. The newest is always kept:
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

        var before = clock.GetUtcNow().UtcDateTime - TimeSpan.FromDays(options.Value.KeepInstructionsDays);
        return await db.CacheInstructions
            .Where(i => i.CreatedUtc < before && i.Id != keep)
            .ExecuteDeleteAsync(cancellationToken)
            .ConfigureAwait(false);
    }
}
