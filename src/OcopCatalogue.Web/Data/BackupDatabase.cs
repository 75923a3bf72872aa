using System.Globalization;
using Microsoft.Data.Sqlite;

namespace OcopCatalogue.Web.Data;

/// <summary>
/// The database side of <see cref="ContentBackup"/>: a consistent copy taken while the site runs, the write-ahead log
/// folded in before a restore, and SQLite's own integrity check. Connections are opened here alone, unpooled.
/// </summary>
internal static class BackupDatabase
{
    /// <summary><c>PRAGMA integrity_check</c> of a database file: "ok" or SQLite's first complaint.</summary>
    public static async Task<string> IntegrityAsync(string database, CancellationToken cancellationToken = default)
    {
        var connection = Open(database);
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            var command = connection.CreateCommand();
            await using (command.ConfigureAwait(false))
            {
                command.CommandText = "PRAGMA integrity_check;";
                return Convert.ToString(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) ?? "";
            }
        }
    }

    private static SqliteConnection Open(string database) => new(new SqliteConnectionStringBuilder
    {
        DataSource = database,
        Mode = SqliteOpenMode.ReadWrite,
        // Pooled connections would keep the file open after a restore moved it.
        Pooling = false,
        DefaultTimeout = 60,
    }.ToString());

    public static async Task SnapshotAsync(string database, string target, CancellationToken cancellationToken)
    {
        var connection = Open(database);
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            // One statement per command: in a batch, Microsoft.Data.Sqlite stops at the first statement that returns a
            // row (PRAGMA busy_timeout does) and runs the rest while ignoring their errors (dotnet/efcore#32740), so a
            // VACUUM INTO that failed on a full disk passed for a backup, with an empty database.
            await ExecuteAsync(connection, $"PRAGMA busy_timeout = {DurableWrites.BusyTimeoutMilliseconds};", null, cancellationToken).ConfigureAwait(false);
            // synchronous=FULL makes VACUUM INTO sync the copy before it returns.
            await ExecuteAsync(connection, "PRAGMA synchronous = FULL;", null, cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, "VACUUM INTO $target;", target, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, string? target, CancellationToken cancellationToken)
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = sql;
            if (target is not null)
            {
                command.Parameters.AddWithValue("$target", target);
            }

            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public static async Task CheckpointAsync(string database, CancellationToken cancellationToken)
    {
        var connection = Open(database);
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            var command = connection.CreateCommand();
            await using (command.ConfigureAwait(false))
            {
                command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE);";
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
