using Npgsql;

namespace OcopCatalogue.Web.Cluster;

/// <summary>PostgreSQL's side of <see cref="InstructionReplay"/>: wakes it when another server rings a new instruction.</summary>
internal static partial class InstructionListener
{
    /// <summary>The listening connection's name in <c>pg_stat_activity</c>.</summary>
    public const string ApplicationName = "ocop-instructions";

    private static readonly TimeSpan LongestReconnectWait = TimeSpan.FromSeconds(30);

    /// <summary>Listens for <see cref="CacheInstructionWriter.Channel"/> on a connection of its own, connecting again
    /// (waiting longer each time, up to half a minute) when it is lost.</summary>
    public static async Task ListenAsync(string connectionString, Action wake, ILogger logger, CancellationToken stoppingToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString)
        {
            // Not from the pool: a terminated connection is not handed back, and the operator sees it by name.
            Pooling = false,
            ApplicationName = ApplicationName,
            // A connection that died without a word (a network cut) is noticed within this, not never.
            KeepAlive = 15,
        };
        var wait = TimeSpan.FromMilliseconds(250);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var connection = new NpgsqlConnection(builder.ConnectionString);
                await using (connection.ConfigureAwait(false))
                {
                    connection.Notification += (_, _) => wake();
                    await connection.OpenAsync(stoppingToken).ConfigureAwait(false);
                    var listen = new NpgsqlCommand($"LISTEN {CacheInstructionWriter.Channel}", connection);
                    await using (listen.ConfigureAwait(false))
                    {
                        await listen.ExecuteNonQueryAsync(stoppingToken).ConfigureAwait(false);
                    }

                    wait = TimeSpan.FromMilliseconds(250);
                    // What was rung while this connection was away is read now, not at the next poll.
                    wake();
                    while (true)
                    {
                        await connection.WaitAsync(stoppingToken).ConfigureAwait(false);
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or IOException)
            {
                LogListenLost(logger, wait, ex);
            }

            try
            {
                await Task.Delay(wait, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            wait = TimeSpan.FromTicks(Math.Min(wait.Ticks * 2, LongestReconnectWait.Ticks));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The LISTEN connection for cache instructions was lost; connecting again in {Wait} (polling meanwhile)")]
    private static partial void LogListenLost(ILogger logger, TimeSpan wait, Exception exception);
}
