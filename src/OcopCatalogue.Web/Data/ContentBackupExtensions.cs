using System.Globalization;
using Microsoft.Extensions.Options;

namespace OcopCatalogue.Web.Data;

public static class ContentBackupExtensions
{
    public const string BackupCommand = "backup";
    public const string RestoreCommand = "restore";

    /// <summary>
    /// Runs <c>backup --to DIR</c> (while the site runs or not) or <c>restore --from DIR</c> (only while it is stopped)
    /// instead of the web server. Returns false when the arguments name neither.
    /// </summary>
    public static async Task<bool> RunBackupCommandAsync(this WebApplication app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(args);
        var command = args.FirstOrDefault(a => a is BackupCommand or RestoreCommand);
        if (command is null)
        {
            return false;
        }

        var options = app.Services.GetRequiredService<IOptions<ContentStoreOptions>>().Value;
        var dataDirectory = options.ResolveDataDirectory(app.Environment);
        var storageDirectory = options.ResolveStorageDirectory(app.Environment);
        var provider = ContentStoreExtensions.ProviderOf(app.Services);
        if (provider == DatabaseProvider.Sqlite && storageDirectory != dataDirectory)
        {
            // SQLite's backup and restore take the data directory as one whole; shared storage is for several servers.
            await Console.Error.WriteLineAsync($"{command} on SQLite covers the data directory only: unset Ocop:Storage:Directory (shared storage is for several servers on PostgreSQL), or copy {storageDirectory} yourself.").ConfigureAwait(false);
            Environment.ExitCode = 1;
            return true;
        }

        var backup = new ContentBackup(dataDirectory);
        var postgreSql = provider == DatabaseProvider.PostgreSql
            ? new PostgreSqlBackup(app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value.ConnectionString!, dataDirectory, storageDirectory)
            : null;
        var clock = app.Services.GetRequiredService<TimeProvider>();
        var option = command == BackupCommand ? "--to" : "--from";
        var at = Array.IndexOf(args, option);
        if (at < 0 || at + 1 >= args.Length)
        {
            await Console.Error.WriteLineAsync($"Usage: {command} {option} <directory>").ConfigureAwait(false);
            Environment.ExitCode = 2;
            return true;
        }

        // A directory typed on the command line is relative to where the command was typed.
        var directory = Path.GetFullPath(args[at + 1]);
        try
        {
            if (command == BackupCommand)
            {
                var (folder, manifest) = postgreSql is not null
                    ? await postgreSql.BackupAsync(directory, clock.GetUtcNow()).ConfigureAwait(false)
                    : await backup.BackupAsync(directory, clock.GetUtcNow()).ConfigureAwait(false);
                await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"Backup written to {folder}: {manifest.Files.Count} files, {manifest.TotalBytes} bytes, SHA-256 of each in {BackupManifest.FileName}.")).ConfigureAwait(false);
            }
            else if (postgreSql is not null)
            {
                var manifest = await postgreSql.RestoreAsync(directory).ConfigureAwait(false);
                await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"Restored the database and {manifest.Files.Count - 1} files ({manifest.TotalBytes} bytes) of the backup taken {manifest.CreatedAt:u}: shared files into {postgreSql.StorageDirectory}, this server's into {postgreSql.DataDirectory}. Each server rebuilds its search index when it next starts.")).ConfigureAwait(false);
            }
            else
            {
                var (previous, manifest) = await backup.RestoreAsync(directory, clock.GetUtcNow()).ConfigureAwait(false);
                await Console.Out.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"Restored {manifest.Files.Count} files ({manifest.TotalBytes} bytes) of the backup taken {manifest.CreatedAt:u} into {backup.DataDirectory}; the previous files are in {previous}. The search index is rebuilt when the site next starts.")).ConfigureAwait(false);
            }
        }
        catch (InvalidOperationException e)
        {
            await Console.Error.WriteLineAsync($"{command} failed: {e.Message}").ConfigureAwait(false);
            Environment.ExitCode = 1;
        }

        return true;
    }
}
