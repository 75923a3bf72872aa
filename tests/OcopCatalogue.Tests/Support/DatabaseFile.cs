using System.Globalization;
using Microsoft.Data.Sqlite;

namespace OcopCatalogue.Tests.Support;

/// <summary>Plain SQL on a site's database file from outside the site, on a connection of its own (no pool).</summary>
internal static class DatabaseFile
{
    public static async Task ExecuteAsync(string database, string sql)
    {
        await using var connection = await OpenAsync(database);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>The first column of the first row as text ("" for NULL or no row).</summary>
    public static async Task<string> TextAsync(string database, string sql)
    {
        await using var connection = await OpenAsync(database);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture) ?? "";
    }

    public static async Task<long> CountAsync(string database, string sql) =>
        long.Parse(await TextAsync(database, sql), CultureInfo.InvariantCulture);

    /// <summary>
    /// A trigger that makes every insert of an audit entry with this action fail, as a full disk could make that
    /// one write fail; the site's pooled connections are dropped so the next request sees it.
    /// </summary>
    public static async Task FailAuditEntriesAsync(string database, string trigger, string action)
    {
        await ExecuteAsync(database,
            $"CREATE TRIGGER {trigger} BEFORE INSERT ON AuditEntries WHEN NEW.Action = '{action}' "
            + "BEGIN SELECT RAISE(FAIL, 'the step fails'); END;");
        SqliteConnection.ClearAllPools();
    }

    private static async Task<SqliteConnection> OpenAsync(string database)
    {
        var connection = new SqliteConnection($"Data Source={database};Pooling=False");
        await connection.OpenAsync();
        return connection;
    }
}
