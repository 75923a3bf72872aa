using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.Cluster;

/// <summary>
/// Fixed-window attempt counts kept in the store (<see cref="RateLimitCounter"/>), so a limit holds for the whole
/// cluster: attempts spread over several servers add up. Each attempt is one atomic upsert that returns the new
/// count; the window (aligned to the site's clock, UTC) is part of the key, so a new window starts a new row, and rows
/// of windows past are deleted now and then (at most once a minute per server).
/// </summary>
public sealed class ClusterRateCounters(IServiceScopeFactory scopes, TimeProvider clock)
{
    private static readonly TimeSpan PurgeEvery = TimeSpan.FromMinutes(1);

    private long _lastPurge = long.MinValue;

    /// <summary>Counts one attempt of <paramref name="partition"/> under <paramref name="policy"/>: the attempts so far in this window, and when it ends.</summary>
    public async Task<(int Count, TimeSpan UntilNextWindow)> CountAsync(string policy, string partition, TimeSpan window, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        var now = clock.GetUtcNow().UtcDateTime;
        var start = new DateTime(now.Ticks / window.Ticks * window.Ticks, DateTimeKind.Utc);
        var end = start + window;
        var key = string.Create(CultureInfo.InvariantCulture, $"{policy}:{partition}:{start:yyyyMMddHHmmss}");
        if (key.Length > RateLimitCounter.MaxKeyLength)
        {
            throw new ArgumentException("The policy and partition make a key longer than the counters hold.", nameof(partition));
        }

        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            var db = scope.ServiceProvider.GetRequiredService<OcopDbContext>();
            await PurgeNowAndThenAsync(db, now, cancellationToken).ConfigureAwait(false);
            // SQLite (3.35 and later) and PostgreSQL share the upsert with RETURNING.
            var counts = await db.Database.SqlQuery<int>($"""
                INSERT INTO "RateLimitCounters" ("Key", "Count", "ExpiresUtc") VALUES ({key}, 1, {end})
                ON CONFLICT ("Key") DO UPDATE SET "Count" = "RateLimitCounters"."Count" + 1
                RETURNING "Count" AS "Value"
                """).ToListAsync(cancellationToken).ConfigureAwait(false);
            return (counts.Single(), end - now);
        }
    }

    private async Task PurgeNowAndThenAsync(OcopDbContext db, DateTime now, CancellationToken cancellationToken)
    {
        var last = Interlocked.Read(ref _lastPurge);
        if (last != long.MinValue && now.Ticks - last < PurgeEvery.Ticks)
        {
            return;
        }

        if (Interlocked.CompareExchange(ref _lastPurge, now.Ticks, last) != last)
        {
            return;
        }

        await db.RateLimitCounters.Where(c => c.ExpiresUtc <= now).ExecuteDeleteAsync(cancellationToken).ConfigureAwait(false);
    }
}
