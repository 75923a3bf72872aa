using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.Traceability.Stamps;

/// <summary>
/// The INSERT of one issued stamp as EF's model describes it, run prepared once per serial inside the issuing
/// transaction. EF's SaveChanges took a minute for 100,000 rows on SQLite (each row its own statement, prepared
/// anew), holding the write lock all along; one prepared statement takes about a second.
/// </summary>
internal static class IssuedStampInsert
{
    private static ModelInsert<IssuedStamp>? _built;

    /// <summary>Inserts the stamps on the context's connection, in its current transaction.</summary>
    public static async Task InsertAsync(OcopDbContext db, IEnumerable<IssuedStamp> stamps, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(stamps);
        // Built once from the first context's model (every context of the site shares it).
        var insert = _built ??= ModelInsert<IssuedStamp>.Build(db,
            (nameof(IssuedStamp.BatchId), s => s.BatchId),
            (nameof(IssuedStamp.SerialValue), s => s.SerialValue),
            (nameof(IssuedStamp.Serial), s => s.Serial),
            (nameof(IssuedStamp.PrintOrderId), s => s.PrintOrderId));
        var command = db.Database.GetDbConnection().CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText = insert.Sql;
            foreach (var stamp in stamps)
            {
                insert.Bind(command, stamp);
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
