using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.Traceability.Stamps;

/// <summary>
/// Stores an order's issued stamps inside the issuing transaction. EF's SaveChanges took a minute for 100,000 rows
/// on SQLite and one prepared INSERT per serial about 20 s under load; here SQLite gets prepared INSERTs of
/// <see cref="RowsPerStatement"/> rows each (the model's own SQL, <see cref="ModelInsert{TEntity}"/>) and PostgreSQL a
/// binary <c>COPY</c>, one statement and one round trip for the lot, as the scan log does (<see cref="PostgreSqlScanCopy"/>).
/// </summary>
internal static class IssuedStampInsert
{
    /// <summary>Rows per INSERT: 4 parameters each stays far below SQLite's 32,766 and leaves the statement small to prepare.</summary>
    public const int RowsPerStatement = 250;

    private const string Copy = """COPY "IssuedStamps" ("BatchId", "SerialValue", "Serial", "PrintOrderId") FROM STDIN (FORMAT BINARY)""";

    private static ModelInsert<IssuedStamp>? _built;

    /// <summary>Inserts the stamps on the context's connection, in its current transaction.</summary>
    public static async Task InsertAsync(OcopDbContext db, IReadOnlyList<IssuedStamp> stamps, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(stamps);
        if (db.Database.GetDbConnection() is NpgsqlConnection connection)
        {
            await CopyAsync(connection, stamps, cancellationToken).ConfigureAwait(false);
            return;
        }

        // Built once from the first context's model (every context of the site shares it).
        var insert = _built ??= ModelInsert<IssuedStamp>.Build(db,
            (nameof(IssuedStamp.BatchId), s => s.BatchId),
            (nameof(IssuedStamp.SerialValue), s => s.SerialValue),
            (nameof(IssuedStamp.Serial), s => s.Serial),
            (nameof(IssuedStamp.PrintOrderId), s => s.PrintOrderId));
        var rows = stamps as IssuedStamp[] ?? [.. stamps];
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        var full = db.Database.GetDbConnection().CreateCommand();
        await using (full.ConfigureAwait(false))
        {
            full.Transaction = transaction;
            full.CommandText = insert.SqlForRows(RowsPerStatement);
            var done = 0;
            for (; done + RowsPerStatement <= rows.Length; done += RowsPerStatement)
            {
                insert.Bind(full, rows.AsSpan(done, RowsPerStatement));
                await full.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            if (done < rows.Length)
            {
                full.CommandText = insert.SqlForRows(rows.Length - done);
                insert.Bind(full, rows.AsSpan(done));
                await full.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>The stamps as written by the model (<see cref="IssuedStampConfiguration"/>): uuid, bigint, varchar, uuid.</summary>
    private static async Task CopyAsync(NpgsqlConnection connection, IReadOnlyList<IssuedStamp> stamps, CancellationToken cancellationToken)
    {
        var importer = await connection.BeginBinaryImportAsync(Copy, cancellationToken).ConfigureAwait(false);
        await using (importer.ConfigureAwait(false))
        {
            foreach (var stamp in stamps)
            {
                await importer.StartRowAsync(cancellationToken).ConfigureAwait(false);
                await importer.WriteAsync(stamp.BatchId, NpgsqlDbType.Uuid, cancellationToken).ConfigureAwait(false);
                await importer.WriteAsync(stamp.SerialValue, NpgsqlDbType.Bigint, cancellationToken).ConfigureAwait(false);
                await importer.WriteAsync(stamp.Serial, NpgsqlDbType.Varchar, cancellationToken).ConfigureAwait(false);
                await importer.WriteAsync(stamp.PrintOrderId, NpgsqlDbType.Uuid, cancellationToken).ConfigureAwait(false);
            }

            await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
