using Microsoft.EntityFrameworkCore;
using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.Traceability;

/// <summary>
/// SQLite's <see cref="IScanRecordWriter"/>: one transaction, one prepared INSERT run per record. EF's SaveChanges sends
/// each row as its own statement with RETURNING, which SQLite prepares anew every time: a few thousand rows a second,
/// less than one busy scan page serves. Table, columns, quoting and value conversions come from the EF model
/// (<see cref="ScanRecordInsert"/>), so the SQL stays what EF would write.
/// </summary>
internal sealed class SqliteScanInsert : IScanRecordWriter
{
    public async Task InsertAsync(OcopDbContext db, IReadOnlyList<ScanRecord> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(records);
        var insert = ScanRecordInsert.For(db);
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var connection = db.Database.GetDbConnection();
            var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var command = connection.CreateCommand();
                await using (command.ConfigureAwait(false))
                {
                    command.Transaction = transaction;
                    command.CommandText = insert.Sql;
                    foreach (var record in records)
                    {
                        insert.Bind(command, record);
                        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                    }

                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                }
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }
}
