using Microsoft.Extensions.Options;
using Npgsql;

namespace OcopCatalogue.Web.Data;

/// <summary>
/// PostgreSQL's <see cref="IExclusiveWorkLock"/>: a session advisory lock (<c>pg_advisory_lock</c>) on a connection of
/// its own, outside the pool, so the lock ends with that connection: when the server doing the work dies, PostgreSQL
/// closes its session and the next server in line goes on.
/// </summary>
internal sealed partial class PostgreSqlExclusiveWork(IOptions<DatabaseOptions> options, ILogger<PostgreSqlExclusiveWork> logger) : IExclusiveWorkLock
{
    public async Task<IAsyncDisposable> AcquireAsync(ExclusiveWork work, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(options.Value.ConnectionString)
        {
            Pooling = false,
            ApplicationName = "ocop " + work.ToString().ToLowerInvariant(),
        }.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            var key = PostgreSqlLocks.For(work);
            if (!await ExecuteAsync<bool>(connection, "SELECT pg_try_advisory_lock($1)", key, cancellationToken).ConfigureAwait(false))
            {
                LogWaiting(work);
                await ExecuteAsync<object>(connection, "SELECT pg_advisory_lock($1)", key, cancellationToken).ConfigureAwait(false);
            }

            return new Held(connection, key);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static async Task<T> ExecuteAsync<T>(NpgsqlConnection connection, string sql, long key, CancellationToken cancellationToken)
    {
        var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await using (command.ConfigureAwait(false))
        {
            command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = key });
            return (T)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Another server is doing the {Work}; waiting for it to finish")]
    private partial void LogWaiting(ExclusiveWork work);

    private sealed class Held(NpgsqlConnection connection, long key) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                if (connection.State == System.Data.ConnectionState.Open)
                {
                    await ExecuteAsync<bool>(connection, "SELECT pg_advisory_unlock($1)", key, CancellationToken.None).ConfigureAwait(false);
                }
            }
            finally
            {
                // Closing the unpooled connection ends the session, which releases the lock in any case.
                await connection.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
