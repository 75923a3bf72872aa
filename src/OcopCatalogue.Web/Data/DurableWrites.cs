using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace OcopCatalogue.Web.Data;

/// <summary>
/// Settings every connection to the content store gets when it opens. In WAL mode SQLite's default
/// (<c>synchronous=NORMAL</c>) may drop the last commits when the machine loses power; <c>FULL</c> syncs the log on
/// every commit, so a save the editor was told succeeded is on disk. The busy timeout lets a writer wait for
/// another one instead of failing at once. SQLite's alone: PostgreSQL's commits are durable by its own settings
/// (<c>synchronous_commit</c>, on by default), and its writers wait for locks by themselves.
/// </summary>
public sealed class DurableWrites : DbConnectionInterceptor
{
    public const int BusyTimeoutMilliseconds = 10_000;

    private const string Pragmas = "PRAGMA synchronous = FULL; PRAGMA busy_timeout = 10000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (connection is not SqliteConnection)
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (connection is not SqliteConnection)
        {
            return;
        }

        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
