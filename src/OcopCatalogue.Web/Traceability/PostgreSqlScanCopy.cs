using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using OcopCatalogue.Core.Traceability;
using OcopCatalogue.Web.Data;

namespace OcopCatalogue.Web.Traceability;

/// <summary>
/// PostgreSQL's <see cref="IScanRecordWriter"/>: the batch as one binary <c>COPY</c>, a single statement that is
/// stored whole or not at all and costs one round trip instead of one per view. The values are written as the model
/// stores them (<see cref="ScanRecordConfiguration"/>: the time in UTC, the family by name); the scan writer's tests
/// run on both providers and read the rows back through EF.
/// </summary>
internal sealed class PostgreSqlScanCopy : IScanRecordWriter
{
    private const string Copy = """COPY "ScanRecords" ("BatchId", "Serial", "ScannedAt", "NetworkKey", "Family") FROM STDIN (FORMAT BINARY)""";

    public async Task InsertAsync(OcopDbContext db, IReadOnlyList<ScanRecord> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(records);
        await db.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            var importer = await connection.BeginBinaryImportAsync(Copy, cancellationToken).ConfigureAwait(false);
            await using (importer.ConfigureAwait(false))
            {
                foreach (var record in records)
                {
                    await importer.StartRowAsync(cancellationToken).ConfigureAwait(false);
                    await importer.WriteAsync(record.BatchId, NpgsqlDbType.Uuid, cancellationToken).ConfigureAwait(false);
                    if (record.Serial is null)
                    {
                        await importer.WriteNullAsync(cancellationToken).ConfigureAwait(false);
                    }
                    else
                    {
                        await importer.WriteAsync(record.Serial, NpgsqlDbType.Varchar, cancellationToken).ConfigureAwait(false);
                    }

                    await importer.WriteAsync(record.ScannedAt.UtcDateTime, NpgsqlDbType.TimestampTz, cancellationToken).ConfigureAwait(false);
                    await importer.WriteAsync(record.NetworkKey, NpgsqlDbType.Varchar, cancellationToken).ConfigureAwait(false);
                    await importer.WriteAsync(record.Family.ToString(), NpgsqlDbType.Varchar, cancellationToken).ConfigureAwait(false);
                }

                await importer.CompleteAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }
}
