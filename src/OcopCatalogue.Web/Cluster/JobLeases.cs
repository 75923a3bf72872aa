using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.Cluster;

/// <summary>
/// Takes, renews and gives back the <see cref="JobLease"/> of a recurring job for this server
/// (<see cref="ClusterNode.Id"/>). Taking is one statement, so two servers asking at once cannot both win: the row
/// is inserted when missing, and otherwise updated only when this server holds it already or its holder let it
/// expire. Times come from the site's clock, in UTC.
/// </summary>
public sealed class JobLeases(IServiceScopeFactory scopes, ClusterNode node, TimeProvider clock)
{
    /// <summary>Takes or renews the job's lease for <paramref name="length"/>; false while another server holds it.</summary>
    public async Task<bool> TryTakeAsync(string job, TimeSpan length, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(job);
        var now = clock.GetUtcNow().UtcDateTime;
        var expires = now + length;
        var me = node.Id;
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var db = scope.ServiceProvider.GetRequiredService<OcopDbContext>();
            // SQLite (3.24 and later) and PostgreSQL share the upsert's syntax; an update refused by its WHERE
            // changes no row, which both report as 0.
            var changed = await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "JobLeases" ("Job", "Holder", "TakenUtc", "ExpiresUtc") VALUES ({job}, {me}, {now}, {expires})
                ON CONFLICT ("Job") DO UPDATE SET
                    "TakenUtc" = CASE WHEN "JobLeases"."Holder" = excluded."Holder" THEN "JobLeases"."TakenUtc" ELSE excluded."TakenUtc" END,
                    "Holder" = excluded."Holder",
                    "ExpiresUtc" = excluded."ExpiresUtc"
                WHERE "JobLeases"."Holder" = excluded."Holder" OR "JobLeases"."ExpiresUtc" < excluded."TakenUtc"
                """, cancellationToken).ConfigureAwait(false);
            return changed == 1;
        }
    }

    /// <summary>Gives the lease back (on a graceful stop), so another server takes the job at its next round.</summary>
    public async Task ReleaseAsync(string job, CancellationToken cancellationToken)
    {
        var me = node.Id;
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            await scope.ServiceProvider.GetRequiredService<OcopDbContext>().JobLeases.Where(l => l.Job == job && l.Holder == me)
                .ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Who holds the job's lease now, or null (for logs and tests).</summary>
    public async Task<JobLease?> FindAsync(string job, CancellationToken cancellationToken)
    {
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            return await scope.ServiceProvider.GetRequiredService<OcopDbContext>().JobLeases.AsNoTracking()
                .SingleOrDefaultAsync(l => l.Job == job, cancellationToken).ConfigureAwait(false);
        }
    }
}
