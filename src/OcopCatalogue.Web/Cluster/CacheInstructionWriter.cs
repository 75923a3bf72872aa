using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Web.Data;
using OcopCatalogue.Web.Publishing;

namespace OcopCatalogue.Web.Cluster;

/// <summary>
/// Records a committed change as a <see cref="CacheInstruction"/> for the other servers and, on PostgreSQL, rings
/// them (<c>NOTIFY</c>). Written on SQLite too: a cluster of one, whose replay the tests can watch.
/// </summary>
public sealed class CacheInstructionWriter(IServiceScopeFactory scopes, ClusterNode node, TimeProvider clock)
{
    /// <summary>The channel servers <c>LISTEN</c> on; the payload is the instruction's id.</summary>
    public const string Channel = "ocop_instructions";

    /// <summary>Writes one instruction naming <paramref name="notification"/>'s items; returns its id.</summary>
    public async Task<long> WriteAsync(ContentPublished notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        // A scope of its own: the publisher's context may still track the change's entities.
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OcopDbContext>();
        // Under the write lock (SQLite's IMMEDIATE, PostgreSQL's cluster-wide advisory lock) instructions commit one
        // at a time, so they commit in the order of their ids. Without it, id 8 could commit before id 7; a server
        // reading in between would apply 8, move its position past 7 and never see 7: "applied up to N" would not mean
        // "saw everything up to N", which is how Umbraco's servers silently fell behind. The lock is held for one
        // insert, after the change itself has committed.
        var transaction = await db.Database.BeginWriteTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (transaction.ConfigureAwait(false))
        {
            var source = notification.Origin.Length > CacheInstruction.MaxSourceLength
                ? notification.Origin[..CacheInstruction.MaxSourceLength]
                : notification.Origin;
            var instruction = new CacheInstruction
            {
                CreatedUtc = clock.GetUtcNow().UtcDateTime,
                Node = node.Id,
                Source = source,
                Items = InstructionItems.Write(notification.Items.Distinct()),
            };
            db.CacheInstructions.Add(instruction);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            if (db.Database.IsNpgsql())
            {
                // Delivered when the transaction commits, never before the row is readable.
                var payload = instruction.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
                await db.Database.ExecuteSqlAsync($"SELECT pg_notify({Channel}, {payload})", cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return instruction.Id;
        }
    }
}
