using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.Traceability.Stamps;

/// <summary>
/// Stores an order's issued stamps inside the issuing transaction. EF's SaveChanges took a minute for 100,000 rows
/// on SQLite and one prepared INSERT per serial about 20 s; here SQLite gets one INSERT … SELECT per
/// <see cref="RowsPerStatement"/> rows from a JSON array (names as the model's configuration,
/// <see cref="IssuedStampConfiguration"/>; the keys' values through the model's type mappings) and PostgreSQL a binary
/// <c>COPY</c>, one statement and one round trip for the lot, as the scan log does (<see cref="PostgreSqlScanCopy"/>).
/// </summary>
internal static class IssuedStampInsert
{
    /// <summary>Rows per INSERT on SQLite: one statement's JSON stays under a megabyte.</summary>
    public const int RowsPerStatement = 20_000;

    /// <summary>Every stamp of one statement shares its batch and order (one order's serials).</summary>
    private const string JsonInsert = """
        INSERT INTO "IssuedStamps" ("BatchId", "SerialValue", "Serial", "PrintOrderId")
        SELECT $batch, json_extract(value, '$[0]'), json_extract(value, '$[1]'), $order FROM json_each($rows)
        """;

    private const string Copy = """COPY "IssuedStamps" ("BatchId", "SerialValue", "Serial", "PrintOrderId") FROM STDIN (FORMAT BINARY)""";

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

        // The serials go in as one JSON array parameter per statement, unpacked by SQLite's json_each: measured by
        // bench/stamps.sh, 100,000 rows as prepared multi-row INSERTs still cost 12 s of processor time, most of it
        // binding 400,000 named parameters (each looked up by name in a list as long as the statement's).
        var rows = stamps as IssuedStamp[] ?? [.. stamps];
        var entity = db.Model.FindEntityType(typeof(IssuedStamp))!;
        var command = db.Database.GetDbConnection().CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText = JsonInsert;
            for (var done = 0; done < rows.Length; done += RowsPerStatement)
            {
                var chunk = rows.AsSpan(done, Math.Min(RowsPerStatement, rows.Length - done));
                command.Parameters.Clear();
                // Both keys through the model's own mapping, so they are stored exactly as EF stores them.
                command.Parameters.Add(((RelationalTypeMapping)entity.FindProperty(nameof(IssuedStamp.BatchId))!.GetRelationalTypeMapping())
                    .CreateParameter(command, "batch", chunk[0].BatchId, nullable: false));
                command.Parameters.Add(((RelationalTypeMapping)entity.FindProperty(nameof(IssuedStamp.PrintOrderId))!.GetRelationalTypeMapping())
                    .CreateParameter(command, "order", chunk[0].PrintOrderId, nullable: false));
                var json = command.CreateParameter();
                json.ParameterName = "rows";
                json.Value = Json(chunk);
                command.Parameters.Add(json);
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>[[value,"serial"],…]: serials are of the site's own alphabet (<see cref="StampSerial"/>), nothing to escape.</summary>
    private static string Json(ReadOnlySpan<IssuedStamp> rows)
    {
        var text = new System.Text.StringBuilder(rows.Length * 36).Append('[');
        for (var i = 0; i < rows.Length; i++)
        {
            text.Append(i == 0 ? "[" : ",[").Append(rows[i].SerialValue.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Append(",\"").Append(rows[i].Serial).Append("\"]");
        }

        return text.Append(']').ToString();
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
